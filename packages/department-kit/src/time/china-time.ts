// China time is a rule of the contract, written once in `@gongkai/spec/china-time`; the kit's
// modules import it from here or from there.
export {
  canonicalTimestamp,
  chinaDateOf,
  chinaMidnight,
  chinaTimestamp,
  chinaYearOf,
  instantKey,
  instantMs,
} from '@gongkai/spec/china-time';
