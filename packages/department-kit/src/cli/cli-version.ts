import packageJson from '../../package.json' with { type: 'json' };

/** `gongkai-department --version`: the package's version, read at build time. */
export const CLI_VERSION = `gongkai-department ${packageJson.version} (@gongkai/department-kit)\n`;
