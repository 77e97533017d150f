import bundled from './generated/openapi.json' with { type: 'json' };

/** A JSON Schema as it appears inside the bundled document. */
export type SchemaObject = { [keyword: string]: unknown };

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  style?: string;
  explode?: boolean;
  schema: SchemaObject;
}

export interface OperationObject {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, unknown>;
  security?: Array<Record<string, string[]>>;
  /** For a list without a `sort` parameter, the one order it is served in (`-publishedAt`). */
  'x-sort'?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters: Record<string, ParameterObject>;
    [section: string]: unknown;
  };
  [key: string]: unknown;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The v1 contract, bundled from `openapi/v1` into one document (OpenAPI 3.1). */
export const openApiDocument = bundled as unknown as OpenApiDocument;

/** The contract's version (`info.version`). */
export const specVersion: string = openApiDocument.info.version;
