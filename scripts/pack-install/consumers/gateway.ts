// @gongkai/gateway's README example run by a user: the API, and the docs assets that ship with it.
import assert from 'node:assert/strict';
import { startGateway } from './sample-gateway.js';

export async function main(): Promise<void> {
  const gateway = await startGateway();
  try {
    const items = (await (await fetch(`${gateway.base}/v1/items?limit=2`)).json()) as { data: unknown[] };
    assert.equal(items.data.length, 2);
    const docs = await fetch(`${gateway.base}/docs`);
    assert.equal(docs.status, 200);
    const bundle = await fetch(`${gateway.base}/docs/swagger-ui-bundle.js`);
    assert.equal(bundle.status, 200);
    assert.ok((await bundle.text()).length > 100_000, 'the Swagger UI bundle is served from the package');
  } finally {
    await gateway.close();
  }
}
