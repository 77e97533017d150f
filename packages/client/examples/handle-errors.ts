import { createClient, isNetworkError, isProblemError, isTimeoutError } from '@gongkai/client';

export async function describeFailure(baseUrl = 'http://localhost:8080', itemId = 'ln-finance:no-such-item') {
  const client = createClient({ baseUrl, timeoutMs: 5000 });
  try {
    return await client.items.get(itemId);
  } catch (error) {
    if (isProblemError(error)) return `${error.status} ${error.title}: ${error.detail ?? ''} (request ${error.requestId ?? '?'})`;
    if (isTimeoutError(error)) return `no answer within ${error.timeoutMs} ms`;
    if (isNetworkError(error)) return `unreachable: ${error.message}`;
    throw error;
  }
}
