import type { Level } from '@gongkai/spec';

export interface DepartmentConfigAnswers {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly division: { readonly code: string; readonly name: string };
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * The department configuration `init` writes: JSON with a comment on every key (comments are
 * allowed in the configuration), valid as written, with the placeholders a department replaces.
 */
export function departmentConfigTemplate(answers: DepartmentConfigAnswers): string {
  const today = new Date().toISOString().slice(0, 10);
  return `// 部门配置 — the department configuration of ${answers.name}.
// Used by "gongkai-department import --config" and "gongkai-department serve --config".
// Comments (//) are allowed. Replace every value marked 请填写 before publishing.
{
  // The department as the v1 contract describes it (schema "Department").
  "department": {
    // The department's id: lower case letters, digits and "-"; every id it issues starts with it
    // ("${answers.id}:2026-0001"). It never changes once items are published.
    "id": ${quoted(answers.id)},
    "name": ${quoted(answers.name)},
    // peoplesGovernment (人民政府), governmentDepartment (政府部门), dispatchedOrInternalUnit,
    // authorizedOrganization, publicEnterpriseOrInstitution.
    "kind": "governmentDepartment",
    // national, provincial, prefecture, county, township, village.
    "level": ${quoted(answers.level)},
    // The administrative division, GB/T 2260 code and name.
    "division": { "code": ${quoted(answers.division.code)}, "name": ${quoted(answers.division.name)} },
    // 统一社会信用代码 (18 characters); index numbers (索引号) are made from it.
    "unifiedSocialCreditCode": "11210000000000000X",
    // The disclosure office (公开工作机构) and its channels (Art. 12 of the Regulations).
    "disclosureOffice": {
      "name": ${quoted(`${answers.name}政务公开办公室`)},
      "address": "请填写办公地址",
      "officeHours": "工作日 8:30-11:30，13:00-16:30",
      "phone": "024-00000000",
      // inPerson, postSigned, online, fax, email…
      "acceptedChannels": ["inPerson", "postSigned", "online"]
    },
    // The disclosure guide (公开指南): how information is organised and how to ask for it.
    "guide": { "summary": "请填写：本机关主动公开信息的分类、获取方式和依申请公开的办理方式。", "updatedAt": "${today}T09:00:00+08:00" }
  },
  // What an imported spreadsheet's empty cells take. 发布机构, 行政区划 and 层级 default to the
  // department's name, division and level above; set them here only when they differ.
  "itemDefaults": {
    // 有效性 of a row that leaves it empty: valid (有效), amended, repealed, expired.
    "validity": "valid"
  },
  // Operator calendar files (gongkai-calendar-layer/1) for years the shipped calendar does not
  // cover (it covers 2004–2026) and local closures, e.g. ["calendar-2027.json"].
  "calendars": []
}
`;
}
