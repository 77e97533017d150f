import { alertsResource, createTransport, itemsResource } from '@gongkai/client';

// A page that shows items and active alerts needs only those two resources: the bundle holds the
// transport and their methods, not the whole client. No `cache`: the browser's own HTTP cache
// already revalidates with the ETag.
export function pageResources(baseUrl = 'https://open.example.gov.cn') {
  const transport = createTransport({ baseUrl });
  return { items: itemsResource(transport), alerts: alertsResource(transport) };
}

export async function banner(baseUrl?: string) {
  const { alerts, items } = pageResources(baseUrl);
  const [active, latest] = await Promise.all([alerts.active({ division: '210900' }), items.list({ limit: 3 })]);
  return { headlines: active.data.map((alert) => alert.headline), latest: latest.data.map((item) => item.title) };
}
