import type { LoyaltyTables, LoyaltyTag } from '../../types/pack'
import { loyaltyLexicon } from './loyalty.generated'

// Phrases that predict whether a customer comes back. Weights are log-odds on "would recommend /
// will return", added on top of the fitted word weights; a negated phrase ("I didn't feel heard")
// counts against the customer's loyalty with the same weight, turned around.
// prettier-ignore
const tags: LoyaltyTag[] = [
  { id: 'felt-heard', polarity: 'positive', weight: 1.4, phrases: ['felt heard', 'feel heard', 'listened to me', 'actually listened', 'really listened', 'understood my', 'understood what', 'took me seriously', 'cared about', 'felt valued', 'felt respected', 'treated me like a person', 'showed empathy', 'empathetic'], note: 'Being heard is the strongest predictor of forgiveness after a failure.' },
  { id: 'took-ownership', polarity: 'positive', weight: 1.3, phrases: ['took ownership', 'owned the problem', 'owned up', 'took responsibility', 'saw it through', 'made it right', 'made things right', 'fixed it', 'sorted it out', 'sorted it', 'took care of it', 'took care of everything', 'handled it', 'resolved it', 'resolved my', 'solved my', 'solved it'], note: 'Someone took the problem on as theirs.' },
  { id: 'kept-updated', polarity: 'positive', weight: 1.1, phrases: ['kept me updated', 'kept me informed', 'kept me posted', 'kept me in the loop', 'updated me', 'followed up', 'follow up', 'checked in', 'checked back', 'called me back', 'got back to me quickly'], note: 'Updates without being asked: the customer never had to chase.' },
  { id: 'fast-resolution', polarity: 'positive', weight: 1.0, phrases: ['quick', 'quickly', 'fast', 'right away', 'immediately', 'in minutes', 'same day', 'in no time', 'promptly', 'prompt', 'speedy', 'first contact', 'first call', 'within minutes'], note: 'Resolved quickly, often on first contact.' },
  { id: 'above-and-beyond', polarity: 'positive', weight: 1.4, phrases: ['above and beyond', 'went the extra mile', 'extra mile', 'exceeded my expectations', 'exceeded expectations', 'beyond expectations', 'pleasantly surprised', 'blown away', 'did more than', 'exceptional', 'outstanding', 'amazing service', 'amazing customer service', 'great customer service', 'excellent customer service', 'excellent service', 'great service'], note: 'Help beyond what was required.' },
  { id: 'knew-me', polarity: 'positive', weight: 0.9, phrases: ['knew my', 'knew me', 'remembered me', 'remembered my', 'knew who i was', 'had my history', 'already had my details', 'personal touch', 'personalized', 'personalised'], note: 'Recognised as a person with a history.' },
  { id: 'effortless', polarity: 'positive', weight: 1.1, phrases: ['effortless', 'easy', 'so easy', 'hassle free', 'hassle-free', 'no hassle', 'painless', 'smooth', 'seamless', 'straightforward', 'no problems', 'no issues'], note: 'Low effort predicts loyalty better than delight.' },
  { id: 'will-recommend', polarity: 'positive', weight: 1.8, phrases: ['recommend', 'recommended', 'highly recommend', 'would recommend', 'will recommend', 'recommending', 'tell my friends', 'told my friends', 'telling everyone', 'must have', 'must buy', 'a must'], note: 'Stated willingness to recommend, the NPS question itself.' },
  { id: 'will-return', polarity: 'positive', weight: 1.6, phrases: ['will be back', "i'll be back", 'be back', 'coming back', 'come back', 'will order again', 'order again', 'buy again', 'will buy again', 'buying another', 'bought another', 'ordered another', 'bought it in', 'ordered it in', 'in another color', 'in every color', 'in two colors', 'repurchase', 'loyal customer', 'customer for life', 'shop here again', 'keeping it', 'will keep', "i'm keeping", 'keep it', 'kept it', 'glad i bought', 'glad i ordered', 'so glad i'], note: 'Stated intent to come back, buy again or keep the purchase.' },
  { id: 'trusts-brand', polarity: 'positive', weight: 1.1, phrases: ['trust', 'trustworthy', 'reliable', 'dependable', 'never let me down', 'never disappoints', 'always delivers', 'always great', 'favorite brand', 'favourite brand', 'favorite store', 'favourite store', 'go-to', 'go to brand', 'can count on'], note: 'Trust in the brand, built over time.' },
  { id: 'thanked', polarity: 'positive', weight: 1.4, phrases: ['thank you so much', 'thanks so much', 'thank you', 'thanks a lot', 'many thanks', 'much appreciated', 'really appreciate', 'so grateful', 'grateful', 'what a relief', 'huge relief', 'such a relief', 'relief', 'lifesaver', 'life saver', 'you saved'], note: 'Thanks and relief at the end of a contact are the clearest sign the customer feels looked after.' },
  { id: 'praised', polarity: 'positive', weight: 0.8, phrases: ['great', 'excellent', 'amazing', 'wonderful', 'fantastic', 'awesome', 'perfect', 'helpful', 'friendly', 'kind', 'patient', 'professional', 'knowledgeable', 'lovely', 'love', 'loved', 'love it', 'beautiful', 'gorgeous', 'best', 'happy with', 'pleased with', 'satisfied'], note: 'Plain praise of the people, the product or the service; the target says which.' },
  { id: 'criticized', polarity: 'negative', weight: 0.9, phrases: ['terrible', 'awful', 'horrible', 'useless', 'unhelpful', 'incompetent', 'worst', 'poor', 'bad', 'disappointed', 'disappointing', 'disappointment', 'cheap', 'frustrating', 'frustrated', 'unacceptable', 'ridiculous', 'unhappy', 'dissatisfied', 'unflattering'], note: 'Plain criticism of the people, the product or the service; the target says which.' },
  { id: 'had-to-repeat', polarity: 'negative', weight: 1.5, phrases: ['had to repeat', 'repeat myself', 'repeating myself', 'explain again', 'explain everything again', 'explained it again', 'same story', 'start over', 'started over', 'from scratch', 'again and again', 'over and over'], note: 'Repeating oneself is the most resented effort in support.' },
  { id: 'passed-around', polarity: 'negative', weight: 1.5, phrases: ['passed around', 'passed from', 'bounced around', 'bounced between', 'transferred', 'runaround', 'run around', 'sent from one', 'nobody knew', 'no one knew', 'different department', 'another department'], note: 'Handed from person to person with no owner.' },
  { id: 'no-follow-up', polarity: 'negative', weight: 1.4, phrases: ['never followed up', 'no follow up', 'no follow-up', 'never called back', 'never got back', 'never heard back', 'never heard from', 'no one got back', 'nobody got back', 'no response', 'no reply', 'still waiting', 'never responded', 'ignored my', 'ignored me'], note: 'A promise of contact that never came.' },
  { id: 'broken-promise', polarity: 'negative', weight: 1.5, phrases: ['broken promise', 'broke their promise', 'promised me', 'they promised', 'was promised', 'were promised', 'said they would', 'supposed to', 'never happened', 'never arrived', 'never came', 'lied', 'lied to me', 'false promises'], note: 'Something promised did not happen.' },
  { id: 'slow', polarity: 'negative', weight: 1.1, phrases: ['slow', 'took forever', 'took ages', 'took weeks', 'took days', 'took months', 'long wait', 'waited', 'waiting', 'on hold', 'hours on hold', 'delayed', 'delay', 'late', 'still not', 'finally'], note: 'Time lost to the problem.' },
  { id: 'dismissed', polarity: 'negative', weight: 1.4, phrases: ['dismissive', 'dismissed', 'brushed off', 'brushed me off', "didn't care", "did not care", "couldn't care less", "don't care", 'not my problem', 'not our problem', 'blamed me', 'nothing they could do', 'nothing they can do', 'per our policy', 'canned response', 'scripted', 'copy paste', 'copy and paste', 'robot', 'condescending'], note: 'Concerns waved away or met with a script.' },
  { id: 'rude', polarity: 'negative', weight: 1.6, phrases: ['rude', 'rudely', 'impolite', 'unprofessional', 'hung up', 'hung up on me', 'yelled', 'snapped', 'attitude', 'arrogant', 'disrespectful', 'insulted', 'sarcastic'], note: 'Discourtesy from the people who should help.' },
  { id: 'had-to-chase', polarity: 'negative', weight: 1.4, phrases: ['had to chase', 'chasing', 'had to call', 'had to keep calling', 'keep calling', 'kept calling', 'had to follow up', 'had to email', 'had to contact', 'multiple times', 'several times', 'many times', 'numerous times', 'countless times', 'third time', 'fourth time'], note: 'The customer had to drive the case themselves.' },
  { id: 'will-leave', polarity: 'negative', weight: 1.9, phrases: ['never again', 'never order again', 'never buy again', 'never be back', "won't be back", 'will not be back', "won't be ordering", "won't order", "won't buy", 'not coming back', 'cancel', 'cancelled', 'canceled', 'cancelling', 'switching', 'switched', 'going elsewhere', 'shop elsewhere', 'last time', 'lost a customer', 'done with', 'returned it', 'returning it', 'returned them', 'returning them', 'sent it back', 'sending it back', 'sent them back', 'going back', 'will be returned', 'went back', 'will return', 'had to return', 'returned'], note: 'Leaving, cancelling, or sending the purchase back.' },
  { id: 'warns-others', polarity: 'negative', weight: 1.7, phrases: ['warn', 'warning', 'stay away', 'avoid', 'buyer beware', 'beware', "don't buy", 'do not buy', "don't waste", 'do not waste', 'save your money', 'not worth', 'waste of money', 'rip off', 'ripoff', 'scam'], note: 'Turning others away: the costliest outcome.' },
]

/**
 * The English loyalty tables: tagged phrases that predict return or churn, the words that name a
 * target, and fitted word weights. Part of the `en` pack; `scoreLoyalty` reads it by default.
 *
 * @example
 * import { enLoyalty } from 'attune/packs/en'
 * enLoyalty.tags.find((tag) => tag.id === 'felt-heard')?.polarity
 * //=> 'positive'
 *
 * @category Packs
 */
export const enLoyalty: LoyaltyTables = {
  tags,
  // prettier-ignore
  targets: {
    agent: ['agent', 'rep', 'representative', 'advisor', 'adviser', 'associate', 'she', 'he', 'they', 'person', 'guy', 'lady', 'staff', 'employee', 'manager', 'tech', 'technician', 'operator', 'driver'],
    company: ['company', 'brand', 'store', 'shop', 'business', 'retailer', 'website', 'site', 'app', 'management', 'corporate', 'support', 'service', 'team', 'you', 'your'],
    product: ['product', 'item', 'order', 'dress', 'top', 'shirt', 'jacket', 'pants', 'jeans', 'sweater', 'skirt', 'quality', 'fabric', 'material', 'fit', 'size', 'color', 'it', 'this'],
    delivery: ['delivery', 'shipping', 'package', 'parcel', 'courier', 'shipment', 'tracking'],
  },
  lexicon: loyaltyLexicon,
}
