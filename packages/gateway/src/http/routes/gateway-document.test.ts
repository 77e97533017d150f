import { describe, expect, it } from 'vitest';
import { ADMIN_OPERATION_IDS, openApiDocument, PUBLIC_OPERATION_IDS } from '@gongkai/spec';
import { gatewayDocument } from './gateway-document';

describe("the gateway's own document", () => {
  const document = gatewayDocument(openApiDocument);
  const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation!.operationId));

  it('has every public operation and its catalogue, and no admin operation', () => {
    expect(operationIds.sort()).toEqual([...PUBLIC_OPERATION_IDS, 'getCatalog'].sort());
    for (const id of ADMIN_OPERATION_IDS) expect(operationIds).not.toContain(id);
    expect(Object.keys(document.paths).some((path) => path.startsWith('/v1/admin/'))).toBe(false);
    expect(JSON.stringify(document)).not.toContain('adminToken');
    expect((document['tags'] as { name: string }[]).map((tag) => tag.name)).not.toContain('Department admin');
  });

  it('keeps every component still referenced and drops those only the admin operations used', () => {
    const text = JSON.stringify(document);
    for (const ref of new Set(text.match(/#\/components\/[^"]+/g))) {
      const [, , section, name] = ref.split('/');
      expect((document.components as Record<string, Record<string, unknown>>)[section!]?.[name!], ref).toBeDefined();
    }
    expect(document.components.schemas['ItemInput']).toBeUndefined();
    expect(document.components.schemas['DisclosureItem']).toBeDefined();
  });

  it('leaves the contract itself whole', () => {
    expect(Object.keys(openApiDocument.paths).some((path) => path.startsWith('/v1/admin/'))).toBe(true);
  });
});
