import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { department, itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const applicant = {
  type: 'naturalPerson',
  name: '张三',
  identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
  contact: { phone: '13800000000' },
};

interface Problem {
  status: number;
  errors?: Array<{ pointer: string; message: string }>;
}

/** Sends raw JSON text, so that escapes like \ud800 reach the department as they are. */
function post(server: TestDepartment, path: string, json: string, admin = false): Promise<Response> {
  return server.request(path, { method: 'POST', admin, headers: { 'Content-Type': 'application/json' }, body: json });
}

describe('text that cannot be published as XML', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
  });
  afterAll(() => server.close());

  it.each([
    ['U+FFFE', '\\ufffe', 'U+FFFE'],
    ['U+FFFF', '\\uffff', 'U+FFFF'],
    ['a NUL', '\\u0000', 'U+0000'],
    ['an escape character', '\\u001b', 'U+001B'],
    ['a lone high surrogate', '\\ud800', 'U+D800'],
    ['a lone low surrogate', '\\udfff', 'U+DFFF'],
  ])('is refused with 400 naming the field when an item’s title holds %s', async (_label, escape, named) => {
    const body = JSON.stringify(itemInput()).replace('"title":"', `"title":"前${escape}后`);
    const response = await post(server, '/v1/admin/items', body, true);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.errors).toContainEqual({
      pointer: '/title',
      message: `must not contain ${named} (a character that cannot be published)`,
    });
  });

  it('names fields nested in arrays and objects, in a public write too', async () => {
    const body = JSON.stringify({ departmentId: department.id, applicant, description: '申请公开', form: 'electronic', delivery: 'email' })
      .replace('"description":"申请公开', '"description":"申请\\uffff公开')
      .replace('"name":"张三', '"name":"张\\ufffe三');
    const response = await post(server, '/v1/requests', body);
    expect(response.status).toBe(400);
    const pointers = ((await response.json()) as Problem).errors?.map((error) => error.pointer);
    expect(pointers).toEqual(['/applicant/name', '/description']);
    const valid = await post(server, '/v1/requests', body.replace('\\uffff', '').replace('\\ufffe', ''));
    expect(valid.status).toBe(201);
  });

  it('keeps tabs, line breaks, characters beyond the BMP and surrogate pairs', async () => {
    const response = await server.request('/v1/admin/items', {
      admin: true,
      json: itemInput({ title: '关于\t印发𠀀😀的通知', body: '第一条\r\n第二条\n' }),
    });
    expect(response.status).toBe(201);
  });
});
