import type { Division, Level } from '../../src/generated/openapi-types';
import { HARTAO, HARTAO_VILLAGES, LIAONING, ZHANGWU } from './departments';

// Fees: provincial standards, county items, and township and village notice boards.

interface FeePlan {
  name: string;
  amount: string;
  unit: string;
  upTo?: boolean;
  description?: string;
  basis: string[];
  authority: string;
  approval?: string;
  collector: string;
  division: Division;
  level: Level;
  validFrom: string;
  validTo?: string;
  withdrawn?: string;
  code?: string;
}

const PROVINCIAL_PRICE = '辽宁省发展和改革委员会、辽宁省财政厅';
const village = (n: number): Division => HARTAO_VILLAGES[n] ?? HARTAO;

export const FEES: Record<string, FeePlan[]> = {
  'ln-finance': [
    { code: 'LN-CZ-01', name: '会计专业技术资格考试考务费', amount: '50.00', unit: '元/人·科', basis: ['《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2015〕1713号）', '《辽宁省发展和改革委员会 辽宁省财政厅关于会计专业技术资格考试考务费标准的通知》（辽发改收费〔2023〕112号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2023〕112号', collector: '辽宁省财政厅会计资格评价中心', division: LIAONING, level: 'provincial', validFrom: '2024-01-01', validTo: '2028-12-31' },
    { code: 'LN-CZ-02', name: '会计人员继续教育考务费（旧标准）', amount: '30.00', unit: '元/人·次', basis: ['《辽宁省物价局 辽宁省财政厅关于会计人员继续教育收费标准的通知》（辽价发〔2019〕56号）'], authority: '辽宁省物价局、辽宁省财政厅', approval: '辽价发〔2019〕56号', collector: '辽宁省财政厅会计资格评价中心', division: LIAONING, level: 'provincial', validFrom: '2019-09-01', validTo: '2024-12-31' },
  ],
  'ln-housing': [
    { code: 'LN-ZJ-01', name: '房屋白蚁防治费', amount: '2.00', unit: '元/平方米', upTo: true, description: '按新建房屋建筑面积计收，为最高限价', basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于房屋白蚁防治收费标准的通知》（辽发改收费〔2022〕208号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2022〕208号', collector: '各市白蚁防治机构', division: LIAONING, level: 'provincial', validFrom: '2023-01-01', validTo: '2027-12-31' },
    { code: 'LN-ZJ-02', name: '城市道路占用挖掘修复费', amount: '180.00', unit: '元/平方米', upTo: true, description: '沥青路面，按实际挖掘面积计收', basis: ['《城市道路管理条例》第三十七条', '《辽宁省城市道路占用挖掘收费标准》（辽发改收费〔2021〕77号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2021〕77号', collector: '市、县城市道路管理部门', division: LIAONING, level: 'provincial', validFrom: '2021-07-01' },
  ],
  'ln-emergency': [
    { code: 'LN-YJ-01', name: '特种作业操作证考试费（理论）', amount: '60.00', unit: '元/人·次', basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于安全生产考试收费标准的通知》（辽发改收费〔2024〕35号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2024〕35号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2024-07-01', validTo: '2029-06-30' },
    { code: 'LN-YJ-02', name: '特种作业操作证考试费（实际操作）', amount: '150.00', unit: '元/人·次', upTo: true, basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于安全生产考试收费标准的通知》（辽发改收费〔2024〕35号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2024〕35号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2024-07-01', validTo: '2029-06-30' },
    { code: 'LN-YJ-00', name: '安全生产资格考试费（2019年标准）', amount: '80.00', unit: '元/人·次', basis: ['《辽宁省物价局 辽宁省财政厅关于安全生产考试收费标准的通知》（辽价发〔2019〕21号）'], authority: '辽宁省物价局、辽宁省财政厅', approval: '辽价发〔2019〕21号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2019-05-01', validTo: '2024-06-30' },
  ],
  'ln-zhangwu': [
    { name: '不动产登记费（住宅类）', amount: '80.00', unit: '元/件', basis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'], authority: '国家发展改革委、财政部', approval: '发改价格规〔2016〕2559号', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '不动产登记费（非住宅类）', amount: '550.00', unit: '元/件', basis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'], authority: '国家发展改革委、财政部', approval: '发改价格规〔2016〕2559号', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '不动产权属证书工本费', amount: '10.00', unit: '元/本', description: '核发一本证书免收，每增加一本加收', basis: ['《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）'], authority: '财政部、国家发展改革委', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '居民身份证工本费', amount: '20.00', unit: '元/证', description: '申领、换领；临时身份证10元/证', basis: ['《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》（财综〔2007〕34号）'], authority: '财政部、国家发展改革委', collector: '彰武县公安局', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '城镇垃圾处理费（居民）', amount: '5.00', unit: '元/户·月', basis: ['《辽宁省发展和改革委员会 辽宁省住房和城乡建设厅关于城镇生活垃圾处理收费有关问题的通知》', '《彰武县城镇垃圾处理费征收管理办法》'], authority: '彰武县发展和改革局', collector: '彰武县住房和城乡建设局', division: ZHANGWU, level: 'county', validFrom: '2025-07-01', validTo: '2028-06-30' },
    { name: '城镇垃圾处理费（非居民，旧标准）', amount: '18.00', unit: '元/立方米', basis: ['《彰武县物价局关于城镇垃圾处理费标准的通知》（彰价发〔2018〕6号）'], authority: '彰武县物价局', approval: '彰价发〔2018〕6号', collector: '彰武县住房和城乡建设局', division: ZHANGWU, level: 'county', validFrom: '2018-07-01', validTo: '2025-06-30' },
    { name: '城市道路临时占用费', amount: '1.50', unit: '元/平方米·日', upTo: true, basis: ['《彰武县城市道路临时占用收费标准》（彰价发〔2020〕3号）'], authority: '彰武县发展和改革局', collector: '彰武县城市管理综合行政执法局', division: ZHANGWU, level: 'county', validFrom: '2020-05-01', withdrawn: '该收费项目已按《辽宁省财政厅 辽宁省发展和改革委员会关于取消部分行政事业性收费项目的通知》（辽财非税〔2025〕8号）取消。' },
  ],
  'ln-zhangwu-hrt': [
    { name: '农村生活垃圾处理费', amount: '60.00', unit: '元/户·年', description: '低保户、特困供养户免收', basis: ['《彰武县农村生活垃圾治理收费指导意见》（彰政办发〔2023〕21号）'], authority: '彰武县人民政府', approval: '彰政办发〔2023〕21号', collector: '哈尔套镇人民政府', division: HARTAO, level: 'township', validFrom: '2024-01-01', validTo: '2026-12-31' },
    { name: '农村宅基地使用证工本费', amount: '5.00', unit: '元/本', description: '按证书本数收取', basis: ['《辽宁省物价局 辽宁省财政厅关于规范国土资源部门收费的通知》（辽价发〔2017〕45号）'], authority: PROVINCIAL_PRICE, approval: '辽价发〔2017〕45号', collector: '哈尔套镇自然资源所', division: village(0), level: 'village', validFrom: '2025-01-01', validTo: '2027-12-31' },
    ...[0, 1, 2].map((n): FeePlan => ({ name: '农村集中供水水费', amount: n === 2 ? '2.80' : '2.50', unit: '元/立方米', description: '村集中供水工程，按水表计量', basis: ['《彰武县农村饮水安全工程水价核定办法》'], authority: '彰武县发展和改革局', collector: `${village(n).name}供水管理站`, division: village(n), level: 'village', validFrom: '2026-01-01', validTo: '2028-12-31' })),
    { name: '农村集中供水水费（2023年标准）', amount: '2.00', unit: '元/立方米', basis: ['《彰武县农村饮水安全工程水价核定办法》'], authority: '彰武县发展和改革局', collector: `${village(0).name}供水管理站`, division: village(0), level: 'village', validFrom: '2023-01-01', validTo: '2025-12-31' },
    ...[3, 4].map((n): FeePlan => ({ name: '小型农田水利工程灌溉水费', amount: '15.00', unit: '元/亩·年', basis: ['《辽宁省农业水价综合改革实施方案》', '《彰武县农业水价核定方案》'], authority: '彰武县发展和改革局', collector: `${village(n).name}农民用水协会`, division: village(n), level: 'village', validFrom: '2025-04-01', validTo: '2027-12-31' })),
  ],
};
