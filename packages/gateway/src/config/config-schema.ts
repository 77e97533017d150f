/**
 * The JSON Schema of `gongkai.config.json`. Everything but `departments` has a default; secrets
 * (the cursor secret, the Redis URL) are never read from the file, only from the environment.
 */
const quota = {
  type: 'object',
  required: ['points', 'durationSeconds'],
  additionalProperties: false,
  properties: {
    points: { type: 'integer', minimum: 1, description: 'Requests allowed per window.' },
    durationSeconds: { type: 'integer', minimum: 1, description: 'Window length in seconds.' },
  },
} as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:gongkai:gateway-config',
  title: 'Gongkai gateway configuration',
  type: 'object',
  required: ['departments'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    port: { type: 'integer', minimum: 0, maximum: 65535, default: 8080 },
    host: { type: 'string', minLength: 1, default: '0.0.0.0' },
    publicBaseUrl: {
      type: 'string',
      pattern: '^https?://[^/]+$',
      description: 'Origin the public reaches the gateway at (for absolute links in feeds); default: from the request.',
    },
    publicHosts: {
      type: 'array',
      default: [],
      items: { type: 'string', pattern: '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$' },
      description:
        'Without publicBaseUrl and with trustProxy: the hosts (host or host:port) an X-Forwarded-Host may name for links in feeds; any other is ignored and the Host header is used.',
    },
    departments: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'baseUrl'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' },
          baseUrl: {
            type: 'string',
            pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$',
            description: 'An absolute http(s) URL without query or fragment.',
          },
          timeoutMs: { type: 'integer', minimum: 50, maximum: 120000 },
          connections: { type: 'integer', minimum: 1, maximum: 1024 },
        },
      },
    },
    departmentTimeoutMs: {
      type: 'integer',
      minimum: 50,
      maximum: 120000,
      default: 3000,
      description: "The deadline for a department's whole answer (headers and body), unless the department sets its own timeoutMs.",
    },
    departmentMaxAnswerBytes: {
      type: 'integer',
      minimum: 1024,
      maximum: 1073741824,
      default: 16777216,
      description:
        'The largest answer the gateway reads from a department; a larger one is cut off and counts as the department failing (502).',
    },
    catalog: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'The DCAT-AP catalogue at /v1/catalog.',
      properties: {
        license: {
          type: 'string',
          pattern: '^https?://\\S+$',
          default: 'https://creativecommons.org/licenses/by/4.0/',
          description: "The licence of the data (an IRI), stated on every dataset and distribution; not the software's licence.",
        },
        title: { type: 'string', minLength: 1, maxLength: 200, default: '政府信息公开数据目录' },
        publisherName: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          default: '政府信息公开数据网关',
          description: 'Who runs this gateway and publishes the catalogue.',
        },
      },
    },
    cache: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        ttlMs: { type: 'integer', minimum: 0, default: 5000 },
        staleWhileRevalidateMs: { type: 'integer', minimum: 0, default: 30000 },
        staleIfErrorMs: { type: 'integer', minimum: 0, default: 300000 },
        maxBytes: { type: 'integer', minimum: 1024, default: 67108864 },
      },
    },
    rateLimits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        anonymousRead: { ...quota, default: { points: 600, durationSeconds: 60 } },
        anonymousWrite: { ...quota, default: { points: 20, durationSeconds: 60 } },
        replicas: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 1,
          description:
            'Gateway replicas sharing one Redis. While Redis is unreachable each replica limits alone, allowing quota / replicas, so that together they stay near the quota.',
        },
        apiKeys: {
          type: 'array',
          default: [],
          items: {
            type: 'object',
            required: ['id', 'sha256', 'read', 'write'],
            additionalProperties: false,
            properties: {
              id: {
                type: 'string',
                pattern: '^[a-z0-9][a-z0-9-]{0,39}$',
                description: 'A name for the key holder (it appears in RateLimit-Policy and logs).',
              },
              sha256: {
                type: 'string',
                pattern: '^[0-9a-f]{64}$',
                description: 'SHA-256 of the key in hex; the key itself is never stored.',
              },
              read: quota,
              write: quota,
            },
          },
        },
      },
    },
    circuitBreaker: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        failureThreshold: { type: 'integer', minimum: 1, default: 5 },
        openMs: { type: 'integer', minimum: 100, default: 30000 },
      },
    },
    cors: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        writeOrigins: {
          type: 'array',
          default: [],
          items: { type: 'string', pattern: '^https?://[^/]+$' },
          description: 'Origins whose pages may send writes (requests, feedback, ratings). Reads are open to every origin.',
        },
      },
    },
    bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 10485760, default: 262144 },
    trustProxy: {
      type: 'boolean',
      default: false,
      description: 'Take the client IP from X-Forwarded-For, as the proxy you run appended it (only behind a proxy you run).',
    },
    trustProxyHops: {
      type: 'integer',
      minimum: 1,
      maximum: 20,
      default: 1,
      description:
        'With trustProxy: how many proxies of yours append to X-Forwarded-For. The client IP is the entry that many from the right; entries left of it are written by the client and never read.',
    },
    logLevel: { type: 'string', enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
    shutdownGraceMs: { type: 'integer', minimum: 0, default: 10000 },
    checkDepartments: {
      type: 'string',
      enum: ['off', 'warn', 'refuse'],
      default: 'warn',
      description:
        'At start-up, run the conformance checks (read-only) against every department: warn logs each failing check and serves anyway; refuse does not start while a department that answers fails a check.',
    },
    metrics: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Where /metrics is served. With port, on that port only (on the gateway host), not on the API port; with token, only to requests that send Authorization: Bearer <token>; with neither, on the API port to everyone.',
      properties: {
        port: { type: 'integer', minimum: 0, maximum: 65535 },
        token: { type: 'string', minLength: 16, description: 'A secret of at least 16 characters.' },
      },
    },
  },
} as const;
