import { runConformance } from '@gongkai/conformance';

const report = await runConformance({ baseUrl: process.argv[2] ?? 'http://127.0.0.1:4001' });
for (const result of report.results) if (result.status === 'failed') console.log(`✗ ${result.id}: ${result.failures[0]?.message}`);
console.log(report.conforming ? 'conforming' : 'not conforming', report.summary);
process.exitCode = report.conforming ? 0 : 1;
