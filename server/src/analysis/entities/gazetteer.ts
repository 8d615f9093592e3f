/**
 * The project's own curated names: a seed list of people, places and organisations
 * that recur in Arabic news, each with its canonical spelling and the variants the press
 * uses. Matching folds hamza, alef, ya and ta marbuta forms, so variants differ here only
 * where the letters differ (سوريا/سورية is folded alike; ترامب/ترمب is not).
 */
import type { EntityType } from '../model';

export interface GazetteerEntry {
  readonly canonical: string;
  readonly type: EntityType;
  readonly variants: readonly string[];
}

export const SEED_GAZETTEER: readonly GazetteerEntry[] = [
  { canonical: 'سوريا', type: 'place', variants: ['سورية'] },
  { canonical: 'العراق', type: 'place', variants: [] },
  { canonical: 'حلب', type: 'place', variants: [] },
  { canonical: 'الموصل', type: 'place', variants: [] },
  { canonical: 'الرقة', type: 'place', variants: [] },
  { canonical: 'دير الزور', type: 'place', variants: [] },
  { canonical: 'دمشق', type: 'place', variants: [] },
  { canonical: 'حماة', type: 'place', variants: [] },
  { canonical: 'بغداد', type: 'place', variants: [] },
  { canonical: 'بيروت', type: 'place', variants: [] },
  { canonical: 'القاهرة', type: 'place', variants: [] },
  { canonical: 'الرياض', type: 'place', variants: [] },
  { canonical: 'لبنان', type: 'place', variants: [] },
  { canonical: 'مصر', type: 'place', variants: [] },
  { canonical: 'الأردن', type: 'place', variants: [] },
  { canonical: 'إيران', type: 'place', variants: [] },
  { canonical: 'تركيا', type: 'place', variants: [] },
  { canonical: 'روسيا', type: 'place', variants: [] },
  { canonical: 'بريطانيا', type: 'place', variants: [] },
  { canonical: 'فرنسا', type: 'place', variants: [] },
  { canonical: 'الولايات المتحدة', type: 'place', variants: [] },
  { canonical: 'إسرائيل', type: 'place', variants: [] },
  { canonical: 'فلسطين', type: 'place', variants: [] },
  { canonical: 'غزة', type: 'place', variants: [] },
  { canonical: 'الإمارات', type: 'place', variants: [] },
  { canonical: 'أبوظبي', type: 'place', variants: ['أبو ظبي'] },
  { canonical: 'قطر', type: 'place', variants: [] },
  { canonical: 'السعودية', type: 'place', variants: [] },
  { canonical: 'واشنطن', type: 'place', variants: [] },
  { canonical: 'موسكو', type: 'place', variants: [] },
  { canonical: 'باريس', type: 'place', variants: [] },
  { canonical: 'طهران', type: 'place', variants: [] },
  { canonical: 'الجولان', type: 'place', variants: [] },
  { canonical: 'داعش', type: 'organization', variants: ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية'] },
  { canonical: 'المرصد السوري لحقوق الإنسان', type: 'organization', variants: [] },
  { canonical: 'قوات سوريا الديمقراطية', type: 'organization', variants: ['قوات سوريا الديموقراطية', 'قسد'] },
  { canonical: 'وحدات حماية الشعب الكردية', type: 'organization', variants: ['وحدات حماية الشعب'] },
  { canonical: 'التحالف الدولي', type: 'organization', variants: [] },
  { canonical: 'الأمم المتحدة', type: 'organization', variants: [] },
  { canonical: 'منظمة حظر الأسلحة الكيميائية', type: 'organization', variants: [] },
  { canonical: 'وكالة الصحافة الفرنسية', type: 'organization', variants: ['فرانس برس'] },
  { canonical: 'رويترز', type: 'organization', variants: [] },
  { canonical: 'سانا', type: 'organization', variants: ['وكالة الأنباء السورية'] },
  { canonical: 'ديلي ميل', type: 'organization', variants: [] },
  { canonical: 'رامي عبد الرحمن', type: 'person', variants: ['رامي عبدالرحمن'] },
  { canonical: 'بشار الأسد', type: 'person', variants: [] },
  { canonical: 'أبو بكر البغدادي', type: 'person', variants: [] },
  { canonical: 'عبد الغني الأسدي', type: 'person', variants: [] },
  { canonical: 'بنيامين نتنياهو', type: 'person', variants: [] },
];
