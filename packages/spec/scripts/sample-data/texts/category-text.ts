import type { Profile } from '../departments';
import { subjectOf, type Draft } from '../drafts';
import { FEES } from '../fee-plans';
import { personName } from '../people';
import { sample, type Rng } from '../random';
import { cnDate, coreOf, para, type Text } from './prose';

const wan = (n: number): string => `${(n / 10).toFixed(1)}万元`;

/** The notices each statutory category is mostly made of, with the figures a reader looks for. */
export function categoryText(p: Profile, d: Draft, rng: Rng): Text | undefined {
  const place = p.department.division.name;
  const office = `${p.department.disclosureOffice.name}，电话${p.department.disclosureOffice.phone}`;
  const sign = [`${p.department.name}`, `${cnDate(d.formedAt)}`];
  const lines = (summary: string, body: string[]): Text => ({ summary, body: [...body, ...sign].join('\n') });
  if (/通告$/.test(d.title)) {
    const what = coreOf(subjectOf(d.title));
    return lines(`就${what}有关事项发布通告，自发布之日起施行。`, [
      para(`为维护公共安全和社会秩序，保障人民群众生命财产安全，根据有关法律法规规定，现就${what}有关事项通告如下：`),
      para('一、本通告适用于县城规划区范围，具体范围以附图为准。'),
      para('二、各单位和个人应当自觉遵守本通告规定，违反的由公安机关、城市管理综合行政执法部门依法处理。'),
      para('三、鼓励群众对违反本通告的行为进行劝阻和举报，举报电话：110、12345。'),
      para('四、本通告自发布之日起施行。'),
    ]);
  }
  switch (d.category) {
    case 'civilServiceRecruitment': {
      const people = Array.from(
        { length: rng.int(3, 6) },
        (_, i) =>
          `${i + 1}. ${personName(rng)}，${rng.pick(['男', '女'])}，准考证号${d.vars['Y']}${String(rng.int(10_000_000, 99_999_999))}，拟录用职位：${rng.pick(['综合管理', '法制审核', '财务管理', '信息化管理', '行政执法'])}岗`,
      );
      return lines(`公示${d.vars['Y']}年度考试录用公务员拟录用人员${people.length}名，公示期5个工作日。`, [
        para(
          `根据公务员法和公务员录用有关规定，经过笔试、面试、体检和考察等程序，确定${people.length}名同志为拟录用人员，现予以公示。公示期为5个工作日。`,
        ),
        ...people,
        para(`公示期间，如对拟录用人员有异议，可向${office}反映。反映问题要实事求是，以真实姓名反映的将予以保密。`),
      ]);
    }
    case 'socialAssistance':
    case 'livelihoodPolicies': {
      if (!/低保|补贴|养老|特困/.test(d.title)) return undefined;
      const households = rng.int(1_800, 9_500);
      const people = households + rng.int(500, 4_000);
      const tenThousands = rng.int(800, 9_000);
      const what = /补贴/.test(d.title) ? '补贴资金' : /养老/.test(d.title) ? '养老保险待遇' : '救助资金';
      return lines(`${place}${coreOf(subjectOf(d.title))}：涉及${households}户${people}人，发放${what}${wan(tenThousands)}。`, [
        para(`按照有关政策规定，现将${coreOf(subjectOf(d.title))}公开如下：`),
        para(`一、发放对象：共${households}户${people}人，名单已在各乡镇、村（社区）公示栏公示。`),
        para(`二、发放标准和金额：按规定标准通过“一卡通”发放，共计发放${what}${wan(tenThousands)}。`),
        para(`三、监督举报：如发现虚报冒领、优亲厚友等问题，请向${office}反映。`),
      ]);
    }
    case 'majorProjects':
    case 'municipalConstruction': {
      const names = sample(
        rng,
        [
          '城区供热管网改造',
          '污水处理厂提标改造',
          '农村公路提质改造',
          '高标准农田建设',
          '风电场配套送出工程',
          '保障性租赁住房',
          '应急物资储备库',
          '雨污分流改造',
          '中小学校舍改扩建',
        ],
        rng.int(3, 5),
      );
      const projects = names.map((name, i) => {
        return `${i + 1}. ${place}${name}项目：总投资${wan(rng.int(3_000, 90_000))}，${rng.pick(['已开工建设', '主体工程完工', '正在开展前期工作', '已竣工验收'])}`;
      });
      return lines(`${d.title.replace(place, '')}，共${projects.length}个项目。`, [
        para(`现将${coreOf(subjectOf(d.title))}公开如下：`),
        ...projects,
        para(`项目审批、招标投标、施工许可和竣工验收等信息在相关栏目同步公开。联系方式：${office}。`),
      ]);
    }
    case 'centralizedProcurement': {
      const items = Array.from(
        { length: rng.int(3, 5) },
        (_, i) =>
          `${i + 1}. ${rng.pick(['办公设备', '信息系统运维服务', '物业管理服务', '公务用车定点维修', '应急物资', '印刷服务', '网络安全服务'])}采购，预算金额${wan(rng.int(20, 3_000))}，预计采购时间${d.vars['Y']}年${rng.int(3, 11)}月`,
      );
      return lines(`${d.title.replace(p.department.name, '')}，共${items.length}项。`, [
        para(
          '为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》等有关规定，现将采购意向（目录）公开如下：',
        ),
        ...items,
        para('本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。'),
      ]);
    }
    case 'landExpropriation':
    case 'housingExpropriation': {
      const area = rng.int(50, 900);
      const villageName = rng.pick(['彰武镇东升村', '四合城镇四合城村', '哈尔套镇西村', '阿尔乡镇阿尔乡村']);
      const housing = d.category === 'housingExpropriation';
      return lines(
        housing
          ? `对${d.vars['C'] || '城区旧城改造片区'}范围内国有土地上房屋作出征收决定，签约期限60日。`
          : `拟征收${villageName}集体土地${(area / 10).toFixed(1)}公顷，用于城镇建设。`,
        housing
          ? [
              para(
                `为了公共利益的需要，根据《国有土地上房屋征收与补偿条例》，经县人民政府研究，决定对${d.vars['C'] || '城区旧城改造片区'}范围内国有土地上的房屋实施征收。`,
              ),
              para(
                '一、征收部门：彰武县住房和城乡建设局。二、签约期限：自本决定公告之日起60日。三、补偿方式：被征收人可以选择货币补偿，也可以选择房屋产权调换。',
              ),
              para(
                `四、被征收人对本决定不服的，可以在本决定公告之日起60日内向${p.reconsiderationBody}申请行政复议，也可以在6个月内向人民法院提起行政诉讼。`,
              ),
            ]
          : [
              para(
                '根据《中华人民共和国土地管理法》第四十七条、《中华人民共和国土地管理法实施条例》第二十六条规定，现将征收土地有关事项公告如下：',
              ),
              para(`一、征收范围：${villageName}，征收集体土地${(area / 10).toFixed(1)}公顷（其中耕地${(area / 20).toFixed(1)}公顷）。`),
              para('二、补偿标准：执行辽宁省征地区片综合地价标准；地上附着物和青苗补偿按县人民政府规定执行。'),
              para('三、安置方式：货币安置，并将被征地农民纳入相应的养老等社会保障体系。'),
              para(
                `四、被征地的农村集体经济组织、农村村民或者其他权利人对方案有异议的，可在公告之日起30日内向${office}反映；过半数被征地的农村集体经济组织成员认为方案不符合法律法规规定的，县人民政府将组织召开听证会。`,
              ),
            ],
      );
    }
    case 'supervisionInspections': {
      if (/生态环境/.test(d.title)) {
        const good = rng.int(780, 900);
        const pm25 = rng.int(25, 40);
        return lines(`${d.vars['P']}年${place}环境空气质量优良天数比例${(good / 10).toFixed(1)}%，PM2.5年均浓度${pm25}微克/立方米。`, [
          para(`${d.vars['P']}年，${place}生态环境质量总体保持稳定。`),
          para(
            `一、环境空气：优良天数比例${(good / 10).toFixed(1)}%，细颗粒物（PM2.5）年均浓度${pm25}微克/立方米，沙尘天气${rng.int(2, 9)}天。`,
          ),
          para('二、水环境：柳河、养息牧河国控、省控断面水质均达到年度考核目标，集中式饮用水水源地水质达标率100%。'),
          para(`三、生态状况：全年完成防沙治沙${rng.int(3, 12)}万亩，森林覆盖率稳步提高。`),
        ]);
      }
      const food = /食品/.test(d.title);
      const total = rng.int(80, 600);
      const failed = rng.int(1, Math.max(2, Math.floor(total / 40)));
      return food
        ? lines(`抽检食品${total}批次，合格${total - failed}批次，不合格${failed}批次，已依法处置。`, [
            para(`${place}市场监督管理部门组织抽检食品${total}批次，覆盖粮食加工品、肉制品、乳制品、蔬菜、水果等类别。`),
            para(`检验结果：合格${total - failed}批次，不合格${failed}批次。对不合格产品已责令经营者下架、召回，并依法立案调查。`),
            para('消费者如发现食品安全问题，请拨打投诉举报电话12315。'),
          ])
        : lines(`检查生产经营单位${total}家，发现问题隐患${total * 2 + failed}项，已整改${total * 2}项。`, [
            para(
              `${d.vars['Y'] ?? ''}年，共组织检查生产经营单位${total}家次，发现问题隐患${total * 2 + failed}项，已整改${total * 2}项，立案处罚${failed}起。`,
            ),
            para('检查发现的主要问题：安全生产责任制落实不到位、隐患排查治理不彻底、应急预案未定期演练等。'),
            para('下一步将持续加大执法检查力度，对问题突出的单位实施联合惩戒并向社会公开。'),
          ]);
    }
    case 'administrativeFees': {
      const fees = FEES[p.department.id] ?? FEES['ln-finance'] ?? [];
      const listed = fees.filter((fee) => !fee.withdrawn && (!fee.validTo || fee.validTo >= `${d.vars['Y']}-01-01`));
      return lines(`公开${listed.length}项行政事业性收费的项目、依据和标准。`, [
        para(
          '根据《中华人民共和国政府信息公开条例》第二十条规定，现将本级行政事业性收费项目、依据和标准公开如下（目录之外的收费项目一律不得收取）：',
        ),
        ...listed.map(
          (fee, i) => `${i + 1}. ${fee.name}：${fee.upTo ? '不超过' : ''}${fee.amount}${fee.unit}；依据：${fee.basis[0] ?? ''}`,
        ),
        para('对违规收费行为，可拨打12345热线投诉举报。'),
      ]);
    }
    default:
      return undefined;
  }
}
