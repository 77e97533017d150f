import type { DatasetAlert } from '../../src/dataset';
import type { Division, Severity } from '../../src/generated/openapi-types';
import { HARTAO, LIAONING, ZHANGWU } from './departments';

// Alerts: CAP-mappable warnings; active ones run past mid-2027 so a demo still shows them.

interface AlertPlan {
  type: DatasetAlert['alert']['type'];
  event: string;
  severity: Severity;
  headline: string;
  description: string;
  instructions: string;
  areas: Division[];
  issuedAt: string;
  expiresAt: string;
  updates?: { at: string; severity: Severity; headline: string; description: string; expiresAt?: string }[];
  cancellation?: { at: string; reason: string };
}

const CITY = (code: string, name: string): Division => ({ code, name });
const FUXIN = CITY('210900', '阜新市');
const CHAOYANG = CITY('211300', '朝阳市');
const JINZHOU = CITY('210700', '锦州市');
const HULUDAO = CITY('211400', '葫芦岛市');
const DANDONG = CITY('210600', '丹东市');
const DALIAN = CITY('210200', '大连市');
const SHENYANG = CITY('210100', '沈阳市');

export const ALERTS: Record<string, { sender: string; contact: string; plans: AlertPlan[] }> = {
  'ln-emergency': {
    sender: '辽宁省应急管理厅',
    contact: '省应急管理厅值班室 024-22030000',
    plans: [
      {
        type: 'naturalDisaster',
        event: '森林火险',
        severity: 'blue',
        headline: '辽宁省2026—2027年度森林草原防火期森林火险蓝色预警',
        description:
          '2026年10月1日至2027年6月30日为全省森林草原防火期。入冬以来全省降水偏少，林下可燃物载量较大，森林草原火险等级总体偏高。',
        instructions: '防火期内严禁野外用火，严禁携带火种进入林区；发现火情立即拨打12119报警。',
        areas: [LIAONING],
        issuedAt: '2026-10-01T09:00:00+08:00',
        expiresAt: '2027-07-01T00:00:00+08:00',
      },
      {
        type: 'accidentDisaster',
        event: '安全生产风险',
        severity: 'yellow',
        headline: '今冬明春全省安全生产重大风险黄色预警',
        description: '今冬明春全省进入供暖期和冬季施工期，燃气、危险化学品、建筑施工等领域事故风险上升。',
        instructions: '各地区、各有关单位要严格落实安全生产责任，开展燃气、危化品、冬季施工隐患排查整治，遇险情及时报告。',
        areas: [LIAONING],
        issuedAt: '2026-11-10T10:00:00+08:00',
        expiresAt: '2027-07-15T00:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '暴雨',
        severity: 'orange',
        headline: '辽宁省发布暴雨橙色预警',
        description: '受强降雨云团影响，预计未来24小时朝阳、阜新、锦州、葫芦岛等地有大暴雨，局地特大暴雨，累计降水量150～250毫米。',
        instructions: '启动防汛Ⅱ级应急响应，做好山洪、地质灾害和城市内涝防范，及时转移危险区域群众。',
        areas: [CHAOYANG, FUXIN, JINZHOU, HULUDAO],
        issuedAt: '2025-07-28T16:00:00+08:00',
        expiresAt: '2025-07-31T20:00:00+08:00',
        updates: [
          {
            at: '2025-07-29T06:00:00+08:00',
            severity: 'red',
            headline: '辽宁省暴雨预警升级为红色',
            description: '过去12小时朝阳、葫芦岛局地降水已超过200毫米，预计强降雨持续，部分中小河流将出现超警洪水。',
            expiresAt: '2025-08-01T08:00:00+08:00',
          },
        ],
      },
      {
        type: 'naturalDisaster',
        event: '寒潮',
        severity: 'blue',
        headline: '辽宁省发布寒潮蓝色预警',
        description: '受强冷空气影响，全省大部地区气温将下降8～10℃，并伴有5～6级偏北风。',
        instructions: '注意防寒保暖，做好供暖设施运行保障，农业设施做好防冻。',
        areas: [LIAONING],
        issuedAt: '2025-11-18T10:00:00+08:00',
        expiresAt: '2025-11-21T10:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '暴雪',
        severity: 'orange',
        headline: '辽宁省发布暴雪橙色预警',
        description: '预计未来24小时沈阳、辽阳、本溪、丹东等地有大到暴雪，局地大暴雪，积雪深度10～20厘米。',
        instructions: '停止户外集会和高空作业，做好道路清雪防滑和设施大棚加固。',
        areas: [SHENYANG, DANDONG],
        issuedAt: '2024-11-09T17:00:00+08:00',
        expiresAt: '2024-11-11T17:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '大风',
        severity: 'yellow',
        headline: '辽宁省沿海海域大风黄色预警',
        description: '预计大连、丹东沿海海域将出现8～9级、阵风10级的偏北大风。',
        instructions: '海上作业船只回港避风，沿海景区暂停海上游乐项目。',
        areas: [DALIAN, DANDONG],
        issuedAt: '2025-04-12T08:00:00+08:00',
        expiresAt: '2025-04-13T20:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '台风',
        severity: 'orange',
        headline: '辽宁省台风橙色预警',
        description: '今年第9号台风预计将影响我省东南部地区，丹东、大连将出现暴雨和9～10级大风。',
        instructions: '做好人员转移、船只回港和城市防涝准备。',
        areas: [DALIAN, DANDONG],
        issuedAt: '2025-08-19T15:00:00+08:00',
        expiresAt: '2025-08-22T15:00:00+08:00',
        cancellation: { at: '2025-08-21T09:00:00+08:00', reason: '台风提前转向减弱，对我省影响结束，解除台风橙色预警。' },
      },
      {
        type: 'accidentDisaster',
        event: '危险化学品泄漏',
        severity: 'red',
        headline: '盘锦市某化工企业储罐泄漏事故红色预警',
        description: '一化工企业储罐发生有毒气体泄漏，周边3公里范围内空气质量受影响。',
        instructions: '周边居民关闭门窗，听从现场指挥部指令有序撤离，勿靠近事故现场。',
        areas: [CITY('211100', '盘锦市')],
        issuedAt: '2024-06-12T11:30:00+08:00',
        expiresAt: '2024-06-13T11:30:00+08:00',
      },
    ],
  },
  'ln-zhangwu': {
    sender: '彰武县人民政府',
    contact: '彰武县应急管理局 0418-7000000',
    plans: [
      {
        type: 'naturalDisaster',
        event: '森林火险',
        severity: 'orange',
        headline: '彰武县2026—2027年度森林防火戒严期森林火险橙色预警',
        description: '我县章古台、阿尔乡等地樟子松人工林面积大，秋冬季干燥多风，森林火险等级高。',
        instructions: '戒严期内林区严禁一切野外用火，进入林区须登记检查；发现火情拨打12119。',
        areas: [ZHANGWU],
        issuedAt: '2026-10-15T09:00:00+08:00',
        expiresAt: '2027-07-01T00:00:00+08:00',
        updates: [
          {
            at: '2026-11-02T09:00:00+08:00',
            severity: 'orange',
            headline: '彰武县森林防火戒严期森林火险橙色预警（更新）',
            description: '近期持续大风少雨，哈尔套、大四家子等乡镇火险等级进一步升高，增设检查站12处。',
          },
        ],
      },
      {
        type: 'naturalDisaster',
        event: '沙尘暴',
        severity: 'yellow',
        headline: '彰武县发布沙尘暴黄色预警',
        description: '受蒙古气旋影响，预计未来12小时我县将出现沙尘暴天气，能见度小于1000米。',
        instructions: '减少户外活动，关好门窗，驾车减速慢行。',
        areas: [ZHANGWU],
        issuedAt: '2025-04-05T07:00:00+08:00',
        expiresAt: '2025-04-05T20:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '暴雨',
        severity: 'red',
        headline: '彰武县发布暴雨红色预警',
        description: '过去3小时我县西部降水量已达100毫米以上，柳河、养息牧河水位快速上涨。',
        instructions: '沿河低洼地区群众立即转移，停止一切户外作业，严禁涉水通行。',
        areas: [ZHANGWU, HARTAO],
        issuedAt: '2024-08-19T21:00:00+08:00',
        expiresAt: '2024-08-21T08:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '寒潮',
        severity: 'blue',
        headline: '彰武县发布寒潮蓝色预警',
        description: '预计未来48小时我县最低气温将降至零下24℃，伴有5级偏北风。',
        instructions: '注意防寒保暖，畜禽棚舍做好防冻，供热单位加强运行保障。',
        areas: [ZHANGWU],
        issuedAt: '2026-01-08T16:00:00+08:00',
        expiresAt: '2026-01-11T08:00:00+08:00',
      },
      {
        type: 'naturalDisaster',
        event: '冰雹',
        severity: 'yellow',
        headline: '彰武县发布冰雹黄色预警',
        description: '预计未来6小时哈尔套镇、五峰镇等地将出现冰雹，伴有雷雨大风。',
        instructions: '人员转移到安全场所，农户做好大棚加固。',
        areas: [HARTAO, CITY('210922107', '五峰镇')],
        issuedAt: '2026-06-21T13:30:00+08:00',
        expiresAt: '2026-06-21T20:30:00+08:00',
        cancellation: { at: '2026-06-21T17:00:00+08:00', reason: '强对流天气已移出我县，解除冰雹黄色预警。' },
      },
    ],
  },
};
