import type { Rng } from './random';

// Fictitious people: common surnames and given names.

/** Masks a name as notice boards do (张**). */
export const masked = (name: string): string => `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;
const SURNAMES = [
  '张',
  '王',
  '李',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '宋',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
];
const GIVEN = [
  '明',
  '娜',
  '强',
  '洋',
  '静',
  '帆',
  '磊',
  '丽',
  '杰',
  '敏',
  '涛',
  '悦',
  '骏',
  '琳',
  '斌',
  '庆',
  '峰',
  '晓',
  '成',
  '华',
  '军',
  '芳',
  '伟',
  '秀英',
  '建国',
  '玉兰',
  '志刚',
  '桂芝',
  '海燕',
  '德明',
  '淑珍',
  '春生',
];
export const personName = (rng: Rng): string => rng.pick(SURNAMES) + rng.pick(GIVEN);

/** Given names of the leaders a profile lists: none is in `GIVEN`, so no applicant or submitter shares a leader's (public) name. */
const OFFICIAL_GIVEN = ['国栋', '振华', '立新', '晓东', '宏伟', '永刚', '建华', '卫东', '丽华', '明远', '庆丰', '树林'];
export const officialName = (rng: Rng): string => rng.pick(SURNAMES) + rng.pick(OFFICIAL_GIVEN);
