/**
 * Common English words that news style never capitalizes mid-sentence, for
 * the capitals check's "isolated capitalized common word" ("innovation
 * Talents"). Deliberately left out: nouns that house styles capitalize as a
 * short form of a name ("the Government", "the Committee", "the Ministry",
 * "the University", "the Bank", "the Conference", "the Zone"), proper
 * adjectives, months and days. Singular forms; plurals are derived.
 */
const WORDS = `
talent innovation region enterprise project development economy industry technology research cooperation
investment construction company market city province district county village town people citizen resident
student teacher worker farmer expert leader official member platform base center centre system service product
resource network program programme plan policy reform growth output income price cost rate level area field
sector process result achievement transformation application facility infrastructure equipment vehicle road
railway station route river lake mountain water fish species environment ecology ecosystem protection pollution
energy power electricity health hospital school education training culture tourism agriculture food trade export
import finance fund capital loan tax job employment business firm factory festival event meeting forum exhibition
activity measure step action effort work task goal target problem issue challenge opportunity risk safety security
quality standard rule regulation document report study survey analysis number amount total percent year month week
day time period stage season morning evening night peak speed length distance interval kilometer kilometre meter
metre minute hour yuan dollar million billion household family child children youth woman women man men community
society public world country nation laboratory institution organization agreement contract cooperation consultation
decision strategy competitiveness concentration bottleneck knowledge science personnel exchange gathering
integration digitalization industrialization manufacturing logistics transport transportation traffic passenger
tourist visitor customer consumer user operation opening launch completion improvement increase decrease reduction
support promotion upgrade demand supply production sales revenue profit value volume share scale size population
land housing house building space site location
new old big small high low major key main important global international domestic rural urban green digital smart
modern advanced innovative scientific technological economic social cultural industrial financial basic
comprehensive overall various several many more most other further local regional leading cutting-edge high-end
promote build develop improve accelerate support carry establish strengthen implement increase reduce provide create
achieve expand deepen enhance ensure focus gather cultivate incubate introduce sign launch open complete start continue
help make take give said says
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when `word` (any case) or its singular form is in the list: "Talents" → "talent", "Cities" → "city". */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (COMMON_WORDS.has(w)) return true;
  if (w.endsWith("ies") && COMMON_WORDS.has(`${w.slice(0, -3)}y`)) return true;
  if (w.endsWith("es") && COMMON_WORDS.has(w.slice(0, -2))) return true;
  return w.endsWith("s") && COMMON_WORDS.has(w.slice(0, -1));
}
