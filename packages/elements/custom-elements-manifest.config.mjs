// `cem analyze` (@custom-elements-manifest/analyzer) writes dist/custom-elements.json from every
// element folder `src/gk-*/` (the class and its guarded `define`) and the base class they inherit
// `api`, `lang`, `elder`, the states and the `--gk-*` properties from. It reads the classes' JSDoc:
// the description, `@summary`, `@attr`, `@fires`, `@csspart`, `@cssprop`, `@slot`.
// scripts/generate-element-docs.mjs runs it and writes docs/<tag>.md from the manifest.

/**
 * Lit's internal reactive state (`{ state: true }`, protected fields) is no attribute, but the
 * analyzer's Lit support lists every `static properties` entry as one: drop those that name a
 * non-public field.
 */
function onlyPublicAttributes() {
  return {
    name: 'gongkai-only-public-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          );
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

export default {
  // Every `gk-*` module one folder down: the elements and the base classes they share
  // (src/base/gk-element.ts, src/forms/gk-form.ts, …), so what a base declares is inherited into
  // each element's entry.
  globs: ['src/*/gk-*.ts', 'src/gk-*/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  // package.json names ./dist/custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [onlyPublicAttributes()],
};
