// The fee schedule of one village (Art. 20(8)): every fee in force there, with its standard and legal
// basis. Division codes are GB/T 2260 plus the township and village digits; 210922105201 is 哈尔套镇东村.
//   node --import tsx examples/node-client/village-fees.ts [DIVISION]     (with `npm start` running)
import { createClient, type GongkaiClient } from '@gongkai/client';

export async function villageFeeSchedule(client: GongkaiClient, division = '210922105201'): Promise<string[]> {
  const lines: string[] = [];
  for await (const fee of client.fees.iterate({ division, status: 'active', limit: 100 })) {
    const standard = `${fee.standard.amount} ${fee.standard.unit}${fee.standard.description ? `（${fee.standard.description}）` : ''}`;
    lines.push(`${fee.division.name}  ${fee.name}: ${standard}`, `    依据 ${fee.legalBasis.join('；')}，${fee.approvingAuthority}批准`);
  }
  return lines.length ? lines : [`No fee in force in division ${division}.`];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = createClient({ baseUrl: process.env['GONGKAI_URL'] ?? 'http://localhost:8080' });
  for (const line of await villageFeeSchedule(client, process.argv[2])) console.log(line);
}
