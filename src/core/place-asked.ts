import { detectLang } from './lang.js';

/**
 * Questions that ask where something was held ("in which city did the TTC first meet", 民主峰会是线上开的还是在哪开的)
 * are answered only by a text that tells a place: a city, a venue, or that it met online. A question for the occasion of
 * remarks (什么场合, "at what event") is answered by a place or by the meeting, summit or hearing they were given at. The
 * paper dates most meetings and remarks without saying where they were.
 */
const ASKS_PLACE = /\bwhere (?:was|were|did|is|do|does)\b[^?.!]{0,60}\b(?:held|hosted|take place|took place|meet|met|convene[sd]?|signed|hold)\b|\b(?:in )?which (?:[a-z-]+ )?(?:city|venue)\b|\bwhich country hosted\b|\bvenue\b|\b(?:online|virtual(?:ly)?|in[- ]person) or (?:online|virtual|in[- ]person)\b|哪个城市|哪座城市|在哪(?:里|儿)?(?:举行|召开|开的|办的|开|办)|(?:什么|哪个)地方(?:举行|召开|开|办)|哪个地方开|线上(?:开|举行|召开)?的?还是|线下(?:开|举行|召开)?的?还是|举办地|(?:举办|举行|召开|所在)(?:城市|国家)|举行地点|会议地点|何地|何处|线上[^，。？！?]{0,4}(?:抑或|或是|或者)|哪个国家(?:举办|举行|召开|主办|开的)/iu;
const TELLS_PLACE = /\b(?:held|hosted|met|meet|convened|signed|took place|gathered) (?:in|at) (?:the )?[A-Z]|\b(?:virtual(?:ly)?|online|by video|videoconference)\b|\bin (?:Washington|Pittsburgh|Brussels|Paris|Beijing|Bali|Geneva)\b|在[^，。；、]{2,16}(?:举行|召开|举办|会晤|签署|峰会上|会议上|论坛上)|线上|线下|视频会议|于[^，。；、]{2,10}(?:举行|召开|举办)/u;

const ASKS_OCCASION = /(?:什么|哪个|何种)(?:会议|活动)?场合|何种会晤|什么会晤|\bon what occasion\b|\bat (?:what|which) (?:event|forum|meeting|conference|venue)\b/iu;
const TELLS_OCCASION = /(?:发表|讲话|发言|演讲|表示|称)于[^，。；]{2,30}(?:会议|峰会|论坛|听证会)|在[^，。；]{2,30}(?:会议|峰会|论坛|听证会|仪式)上|\b(?:at|before) (?:a|an|the) [^,.;]{0,80}?(?:meeting|summit|conference|forum|hearing|symposium|ceremony)\b/iu;

export type PlaceKind = 'place' | 'occasion';
export function placeAsked(question: string): PlaceKind | undefined {
  const text = question.normalize('NFKC');
  // "At what venue" were remarks given is told by the meeting as well as by a place.
  if (ASKS_OCCASION.test(text)) return 'occasion';
  return ASKS_PLACE.test(text) ? 'place' : undefined;
}
/**
 * Whether a text tells a place (or, for an occasion, the meeting). A place the question itself names ("巴厘岛会晤之后…地在
 * 何处") is what it asks from, not the answer.
 */
export function tellsPlace(text: string, kind: PlaceKind = 'place', question = ''): boolean {
  // Read in the question's language, where its own place names can be found: "in Bali" is its 巴厘岛.
  if (question && detectLang(text) !== detectLang(question)) return false;
  const asked = question.normalize('NFKC').toLowerCase();
  const stated = (told: string): boolean => {
    const place = told.toLowerCase().replace(PLACE_FRAME, '').trim();
    return place.length >= 2 && asked.includes(/\p{Script=Han}/u.test(place) ? place.slice(0, 3) : place);
  };
  return [...text.matchAll(EVERY_PLACE_TOLD)].some(([told]) => !stated(told))
    || (kind === 'occasion' && TELLS_OCCASION.test(text));
}
const EVERY_PLACE_TOLD = new RegExp(TELLS_PLACE.source, 'gu');
/** The words around a place in a text that tells it: 在…举行, "held in". */
const PLACE_FRAME = /^(?:在|于)|(?:举行|召开|举办|会晤|签署|峰会上|会议上|论坛上)$|^(?:held|hosted|met|meet|convened|signed|took place|gathered) (?:in|at) (?:the )?|^in /gu;
