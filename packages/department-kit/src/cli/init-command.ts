import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSchema, vocabularies, type Level } from '@gongkai/spec';
import { itemTemplateCsv, itemTemplateXlsx } from '../dataset/spreadsheet/item-template';
import { termValue } from '../dataset/spreadsheet/vocabulary-labels';
import { CliError, type CliIo } from './cli-io';
import { departmentConfigTemplate } from './department-config-template';
import { parseOptions, required } from './parse-options';
import { readServeConfig } from './serve-config';

export const INIT_HELP = `Usage: gongkai-department init --id ID --name NAME --division CODE:NAME [--level LEVEL] [--dir DIR] [--force]

Writes what a department needs to import its catalogue from a spreadsheet:
  department.jsonc         the department configuration, a comment on every key (edit the values
                           marked 请填写)
  catalogue-template.xlsx  the catalogue template: sheet 目录 with the Chinese headers and
                           drop-down lists, 说明 (what each column takes), 取值 (the labels)
  catalogue-template.csv   the same header row as CSV (UTF-8 with BOM, opens right in Excel)

Options:
  --id ID                the department's id, e.g. ln-zhangwu (lower case, digits, "-")
  --name NAME            its name, e.g. 彰武县人民政府
  --division CODE:NAME   its administrative division (GB/T 2260), e.g. 210922:彰武县
  --level LEVEL          county (default), prefecture, provincial, national, township, village
                         (or 县级, 市级…)
  --dir DIR              where to write (default: the current folder; created when missing)
  --force                replace files that exist
  -h, --help             this text

Next: fill the template, then
  gongkai-department import --db department.db --config department.jsonc catalogue.xlsx --dry-run
`;

export const INIT_FILES = ['department.jsonc', 'catalogue-template.xlsx', 'catalogue-template.csv'] as const;

export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions('init', argv, {
    id: { type: 'string' },
    name: { type: 'string' },
    division: { type: 'string' },
    level: { type: 'string' },
    dir: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const id = required('init', 'id', values.id, 'ln-zhangwu');
  if (!validateSchema('DepartmentId', id).ok)
    throw new CliError(
      `init: --id must be lower case letters, digits and "-", 2 to 40 characters, starting with a letter (e.g. ln-zhangwu); got "${id}"`,
      2,
    );
  const name = required('init', 'name', values.name, '彰武县人民政府');
  const divisionText = required('init', 'division', values.division, '210922:彰武县');
  const [code = '', divisionName = ''] = divisionText.split(/[:：]/);
  if (!validateSchema('Division', { code, name: divisionName }).ok || divisionName === '')
    throw new CliError(`init: --division must be the GB/T 2260 code and the name, e.g. 210922:彰武县; got "${divisionText}"`, 2);
  const level = values.level === undefined ? 'county' : termValue(vocabularies.level, values.level);
  if (level === undefined)
    throw new CliError(
      `init: --level must be one of ${vocabularies.level.terms.map((t) => `${t.value} (${t.labels['zh-CN']})`).join(', ')}; got "${values.level}"`,
      2,
    );
  const dir = values.dir ?? '.';
  const taken = INIT_FILES.filter((file) => existsSync(join(dir, file)));
  if (taken.length && !values.force)
    throw new CliError(
      `init: ${taken.map((file) => join(dir, file)).join(', ')} exist already; nothing was written. Add --force to replace them, or choose another --dir`,
    );
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'department.jsonc');
  writeFileSync(config, departmentConfigTemplate({ id, name, level: level as Level, division: { code, name: divisionName } }));
  // The written configuration must read back: a template that fails its own check is a bug here, not the user's.
  await readServeConfig(config);
  writeFileSync(join(dir, 'catalogue-template.xlsx'), await itemTemplateXlsx());
  writeFileSync(join(dir, 'catalogue-template.csv'), itemTemplateCsv());
  io.stdout(
    `wrote ${INIT_FILES.map((file) => join(dir, file)).join(', ')}\n` +
      `Next: edit the values marked 请填写 in ${config}, fill catalogue-template.xlsx (one row per item; 说明 says what each column takes), then\n` +
      `  gongkai-department import --db ${id}.db --config ${config} catalogue-template.xlsx --dry-run\n`,
  );
  return 0;
}
