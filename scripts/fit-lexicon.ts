// Fits the `en` pack's word weights for detectFeelings on GoEmotions (Demszky et al., ACL 2020,
// Apache-2.0) and writes src/packs/en/lexicon.generated.ts.
//
//   npx tsx scripts/fit-lexicon.ts          write the module
//   npx tsx scripts/fit-lexicon.ts --check  exit 1 when the committed module is stale
//   npx tsx scripts/fit-lexicon.ts --cv     cross-validate the settings on train.tsv (writes nothing)
//
// One logistic regression per feeling (one vs rest) over the features of src/_lib/feelingModel.ts,
// with the pack's hand-written cues as fixed offsets. Nine tenths of train.tsv fit the weights; the
// other tenth picks each feeling's threshold (the one with the best F1 there). dev.tsv is never
// read here: scripts/eval-goemotions.ts reports on it. Deterministic: same data, same module.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileTables, walkFeatures, sigmoid } from '../src/_lib/feelingModel'
import { Scan, scanInto } from '../src/_lib/scan'
import { fitLogistic } from './logistic'
import { FEELINGS, FEELING_LIST } from '../src/detect/FEELINGS'
import { enDetect } from '../src/packs/en/detect'
import type { Feeling } from '../src/types/core'

const root = join(import.meta.dirname, '..')
const dataDir = join(root, '..', 'shared', 'data', 'goemotions')
const outFile = join(root, 'src', 'packs', 'en', 'lexicon.generated.ts')

const env = (name: string, value: number): number => Number(process.env[name] ?? value)
// A word must appear in this many fitting documents to get a weight. 13 rather than 12 (December
// 2026): CV .4863 against .4866 (14: .4855), dev the same to three places, and the table 0.73 KB
// smaller gzipped, room for the cues of blind sets 42 and 43. The words of 12 documents it drops
// carried chance leanings ("experienced" towards anger, "recovery" towards hope). 14 with the cues of
// blind set 45: CV .4860 against .4866 at 13, dev Ekman .553 against .554, 0.6 KB smaller again.
// 15 with the cues of blind sets 106 and 107: CV .4859 against .4852 at 14, dev the same to three
// places (Ekman .553, sentiment .620), 0.08 KB smaller; "relief" lost its fitted weight (14
// documents), so the 'relieved' cue reads it as said outright. 16 with TOP 2 (below) and the cues of
// blind set 108: CV .4839 against .4862 at 15 with TOP 3, dev Ekman .553 and sentiment .619 against
// .620, no blind message read otherwise, and 0.2 KB smaller: the room that keeps `detectFeelings`
// under 40 KB with that set's cues. 17 with PRUNE_WORD (below) and the cues of blind set 114: CV
// .4853 against .4846 at 16 (18 .4837, 20 .4825), dev Ekman .553 against .552, 0.04 KB smaller.
// 18 with the 'not-yet-sorted' cue (December 2026): CV .4817 against .4818 at 17, dev Ekman and
// sentiment the same to three places (joy .704 against .705, hope .532 against .535), 29 bytes
// smaller, the room for that cue ("treated", "try", "where's", "wishes" and 🙄 lose their weights;
// the 'eye-roll' and 'where-is-my' cues read the last two).
const MIN_DOCS = env('FIT_MIN_DOCS', 18)
const EPOCHS = env('FIT_EPOCHS', 6)
const RATE = env('FIT_RATE', 0.25)
const L2 = env('FIT_L2', 1e-4)
const L1 = env('FIT_L1', 0.03) // pulls weak weights to exactly zero, so the shipped table stays small
// At most this many feelings per word, the strongest. 2 rather than 3 (December 2026, blind set
// 108): with MIN_DOCS 16, 0.11 KB smaller, dev the same to three places, CV .4839 against .4846;
// "worst" keeps disgust and frustration, not anger (the 'you-should-be-ashamed' cue carries that).
const TOP = env('FIT_TOP', 2)
// "!word" keys need more support than words. 30 rather than 20 (December 2026): CV .4870 against
// .4864 (frustration .326 against .330, within a fold's spread), dev the same to three places, and
// the table 0.2 KB smaller gzipped. 45 rather than 30 (December 2026, blind set 66): CV .4863 against
// .4867 (frustration .329 both), dev Ekman .554 against .555, and 0.12 KB smaller, room for its cues;
// 60 scores .4855 (hope .517 against .528). 55 rather than 45 (December 2026, blind set 135): CV
// .4857 against .4856, dev Ekman .554 against .553 and frustration .347 against .346, no blind message
// read worse, and 18 bytes smaller, room for that set's cues.
const MIN_DOCS_NEGATED = env('FIT_MIN_DOCS_NEGATED', 55)
const PRUNE = env('FIT_PRUNE', 0.55) // weights smaller than this (log-odds) are dropped from the shipped table
// Tried (November 2026): on dev, 0.32 to 0.45 give macro-F1s within 0.002 of 0.3 and a bundle up to
// 2 KB smaller. Five-fold cross-validation on train.tsv (`--cv`, December 2026) gives macro-F1 over
// the 13 labelled feelings of .4866, .4869, .4872 and .4869 at 0.3, 0.33, 0.35 and 0.38, and
// frustration .333, .326, .325, .328: the settings are the same model, and a dev spike at one of
// them (frustration .353 at 0.35) is its threshold's luck. 0.37 (.4872, against .4873 at 0.35 with
// the December cues) is kept for the room it makes in the detect bundle. The other settings, by the same measure: L1 0.02 .4861, 0.05 .4872; MIN_DOCS 8
// .4904 (a bigger table); EPOCHS 10 .4859; RATE 0.15 .4879; L2 1e-3 .4738; TOP 14 .4872.
// With the support words left out (below, December 2026): .4861 at 0.37, .4869 at 0.40, .4866 at
// 0.41, .4861 at 0.43; frustration .329, .330, .330, .329. 0.41 was kept first: the table is 1 KB
// smaller gzipped than at 0.37. It drops one weight a user would miss, "not bad" towards joy (0.40);
// the 'not-bad' cue carries that now. With the cues of blind sets 37 and 38, 0.43 (every weight of
// 0.40 out, 0.55 KB smaller again) scores CV .4863 (frustration .329) and dev the same to three places.
// With those of blind sets 39 to 41, 0.44 (CV .4866 against .4870 at 0.43, frustration .325 against
// .326; dev Ekman .555, sentiment .622) is 0.24 KB smaller again, room for the dates of events.
// 0.45 with the cues of blind set 49 (CV .4857 against .4861, frustration .324 against .323; dev
// Ekman and sentiment the same to three places) is 0.14 KB smaller again. 0.46 with the cues of
// blind sets 106 and 107 (CV .4862 against .4859; dev the same to three places; no blind message read
// otherwise) is 0.06 KB smaller again; "worth" lost its weight, and the 'pleased' cue reads "worth it".
// 0.55 (December 2026, blind sets 262 to 268), with PRUNE_DF: every weight of 0.5 leaves the table
// but those of a word in 1000 fitting comments or more ("no" towards frustration, "will" towards hope,
// "?" against joy), which keep theirs down to 0.46. Dev Ekman .556 and sentiment .622 the same,
// frustration .343 against .344, anger .377 against .380; 54 bytes smaller, the room for that
// set's readings. (0.5 for every word: frustration .334, under BERT's annoyance .34.)
// A word whose strongest weight is below PRUNE_WORD is dropped whole, but a word kept keeps its
// weaker weights down to PRUNE: "?" keeps its -0.5 towards joy ("what's the best way to contact
// you?" is no praise) and "forgot" its 0.5 towards embarrassment. 0.55 with the cues of blind set
// 113 drops 37 words of one weight of 0.5 ("bored" towards frustration, "dunno" and "huh"
// towards confusion; the 'no-response' cue reads "no call, no text"): CV .4846 against .4839 without
// it, dev Ekman .552 and sentiment .620 the same, one blind message more read right, and 0.17 KB
// smaller, the room for that set's cues. PRUNE 0.55 alone (every weight of 0.5 out) is 0.27 KB
// smaller, CV .4841, but reads "what's the best way ...?" as joy.
// A word in PRUNE_WORD_DF fitting comments or more keeps its one small weight: so common, the
// weight moves many readings. With 1000 "no" (frustration 0.5) and "will" (hope 0.5) stay: dev
// frustration F1 .343 against .339 without them (BERT's annoyance is .34), CV .4857 both, 7 bytes.
// 0.65 with 200 (December 2026, blind sets 123 and 124): a word whose weights are all 0.6 or less
// leaves too, unless it is in 200 fitting comments or more ("why", "don't", "feel", "try" stay).
// CV .4855 against .4857, dev Ekman .553 and sentiment .620 the same, dev frustration .347 against
// .343, no blind message read otherwise, and 0.15 KB smaller: room for the sets' cues. 0.65 with
// 1000 is 0.03 KB smaller again but CV .4841 (sadness .438 against .447); with 400, .4853.
// 0.75 with 120 and the support words below kept (December 2026, blind sets 141 and 142): words of
// one weight of 0.7 leave too ("aww", "yikes", "fantastic", which the 'delighted' cue reads). CV
// .4861 against .4857, dev Ekman .553 and sentiment .619 against .554 and .620, dev frustration .345
// against .347, no blind message read otherwise, and 0.08 KB smaller: room for the sets' cues.
// Without the kept words, dev frustration fell to .335 ("cannot", "mess", "illegal" left). 0.85
// with five more support words kept (December 2026, the reading of a complaint told as plain fact in
// detectFeelings.ts): words of weights of 0.8 or less leave ("support", "interested", "yep"). CV
// .4864 against .4861, dev Ekman .553 and sentiment .619 the same, frustration .343 against .344,
// disappointment .227 against .225, and 0.09 KB smaller. Without the five, frustration was .337.
// One blind message read worse: "My water bill has doubled and we haven't used any more than usual"
// lost the frustration that "not ... more" carried. 0.95 with seven more words kept (December 2026,
// blind sets 175 to 184): words of weights of 0.9 or less leave ("lucky", "respect", "wanna",
// "ohh"), but not "depressed", "lie", "rough" and "tired" (without them, dev disappointment fell to
// .206), nor "ugh", "smell", "hates" and "stupidity", which a support customer uses. CV .4859
// against .4864, dev Ekman .554 and sentiment .620 against .553 and .619, frustration .344 against
// .343, disappointment .227 the same, no fixture or blind message read otherwise, and 0.06 KB
// smaller: room for the sets' cues. 1.05 with nine more words kept (December 2026, blind sets 188 to
// 195): words of weights of 1.0 or less leave ("loser", "mental", "suggest", "willing"), but not
// "complaining", "crap", "lying", "where's", "accident", "fingers" ("fingers crossed") and
// "perfectly" ("fits perfectly"), which a support customer writes, nor "isnt" and "nah" (without
// them, dev frustration fell to .341). CV .4860 against .4859, dev Ekman .553 and sentiment .620,
// frustration .344 the same, disappointment .228 against .227, and 0.03 KB smaller: room for the
// sets' cues. 1.25 with seventeen more words kept (December 2026, blind sets 214 to 220): twelve words of
// weights of 1.2 or less leave ("we'll", "false", "brutal", "joking", "calm", "correct", "care"), but
// not "dirty", "nasty", "fake", "garbage", "bloody", "dumb", "lack", "tears", "uncomfortable", "😭"
// and ":/", which a support customer writes of what went wrong, "forgot" (a slip owned), "idk" and
// "!why" (confusion), "appreciated" and "helpful" (thanks), nor "!wait" ("can't wait"). CV .4850
// against .4860 (restoring any one of the seven leaves it within .0001: the fall is spread thin),
// dev Ekman .553 and sentiment .620 against .554 and .620, frustration .345, disappointment .228 and
// confusion .555 the same, no fixture or blind message read otherwise, and 0.05 KB smaller: the room
// for that set's cues ("time to switch", "update my billing address"). 1.6 with seventeen more
// words kept (December 2026, blind sets 238 to 258): twenty-six words of weights of 1.5 or less
// leave, of which "tried" (towards disappointment: "I've tried everything you suggested"), "broke"
// (towards sadness: "it broke after two days"), "sick" and "pain" (towards sadness: "sick of
// waiting"), "noticed" (towards surprise: "I noticed a charge"), "concern" and "you'll" (towards
// hope) read support messages wrongly, and "frustrating", "annoying", "annoyed", "excellent",
// "pathetic", "moron", "idiots", "shocked" and "shock" have cues of their own; but not "loving",
// "loves", "lovely" and "yay" (joy), "bullshit", "suck", "shitty", "cruel", "nonsense", "not good",
// "missed", "strange" and 🙄, which a support customer writes of what went wrong, nor "hurt",
// "depression" and "suffering", nor "disappointed" (without it, "I am writing third time ... I am
// very disappointed" read frustration first). The thresholds then read anger a little sooner
// ("thanks for nothing" is frustration and anger). CV .4818 against .4849 (a fold spans ±.03 on
// most feelings), dev Ekman .556 and sentiment .622 against .553 and .620, frustration .344 against
// .345, anger .378 against .371, sadness .397 against .398, disappointment .232 against .228,
// polarity .671 against .670, 3 more of the 1,203 blind support messages of sets 188 to 258 read
// right, and 0.17 KB smaller: the room for those sets' cues.
const PRUNE_WORD = env('FIT_PRUNE_WORD', 1.6)
const PRUNE_WORD_DF = env('FIT_PRUNE_WORD_DF', 120)
const PRUNE_DF = env('FIT_PRUNE_DF', 1000)
// A word's second weight (TOP is 2) is dropped below this, unless the word is in PRUNE_DF fitting
// comments or more or in PRUNE_WORD_KEEP. 0.7 (December 2026, blind sets 262 to 281): 18 words lose
// a second weight of 0.6 ("hope" and "wish" their -0.6 towards joy, "confused" and "nervous" theirs);
// dev Ekman .556 and sentiment .622 the same, frustration .343 the same, anger .374 against .377; CV
// .4815 against .4818 (frustration .327 against .330, inside a fold's spread of about .03); no blind
// message read otherwise; 22 bytes smaller, which paid for the weak weights of PRUNE_WORD_KEEP
// (below). Without its exemption, "rude", "badly", "blame" and "treated" lose a weight and dev
// frustration is .341; "thank" (joy -0.6) and "upset" (sadness 0.6) were kept for it: without them
// thanks read joy first, and "I'm really upset. The photos from my dad's funeral were lost" read
// disappointment before sadness.
const PRUNE_SECOND = env('FIT_PRUNE_SECOND', 0.7)
// Kept whatever PRUNE_WORD says: words a support customer uses for what went wrong, whose fitted
// weights lean the way a support reading does ("cannot", "mess", "ridiculous" and "failed" towards
// frustration, "rage" towards anger, "accidentally" towards embarrassment), and two for good news
// ("sweet", "thank goodness"). "not here" (frustration 0.6) is how a support customer says a delivery
// never came ("the adapter I paid express shipping for is not here"). A cue phrase for it weighed more
// than the word and outweighed the worry beside it ("it's not here and i'm kind of freaking out").
// These words keep their weaker weights down to 0.46 too (not PRUNE): "wasn't" its -0.5 towards joy,
// without which "The staff were lovely but the room wasn't cleaned once" read as joy, "lovely" its
// -0.5 towards frustration, "appreciated" its -0.5 towards gratitude (December 2026, 17 bytes with
// "thank" and "upset").
// prettier-ignore
const PRUNE_WORD_KEEP: ReadonlySet<string> = new Set(['!here', 'cannot', 'mess', 'illegal', "shouldn't", 'dislike', 'rage', 'lose', 'blame', 'complain', 'accidentally', 'offended', 'sweet', 'goodness', 'ridiculous', 'rude', 'failed', 'messed', 'stuck', 'badly', 'treated', 'depressed', 'lie', 'rough', 'tired', 'ugh', 'smell', 'hates', 'stupidity', 'complaining', 'crap', 'lying', "where's", 'accident', 'fingers', 'isnt', 'nah', 'perfectly', 'dirty', 'nasty', 'fake', '😭', 'forgot', '!wait', ':/', 'tears', 'lack', 'garbage', 'uncomfortable', 'bloody', 'idk', 'appreciated', 'helpful', 'dumb', '!why', 'loving', 'yay', 'bullshit', 'suck', 'shitty', 'cruel', '🙄', 'nonsense', '!good', 'loves', 'depression', 'suffering', 'disappointed', 'lovely', 'strange', 'missed', 'hurt', "wasn't", 'thank', 'upset'])
// Shipped weights are rounded to this step. 0.05 rather than 0.01: the table gzips 1.6 KB smaller
// (room in the detect bundle's budget), and on dev the rounding moved each feeling's F1 by 0.01 at
// most and neither macro-F1 at all (measured when the step was changed). 0.1 rather than 0.05
// (December 2026, blind set 67): CV .4858 against .4857 (frustration .330 against .320), dev Ekman
// .554 and sentiment .623 against .555 and .623, and the detect bundle 0.22 KB smaller, room for
// the set's cues. The shipped table keeps its form (weights in twentieths, each now even).
const STEP = env('FIT_STEP', 0.1)
// > 1: thresholds from cross-fitted scores, weights fitted on all of train.tsv. Tried with 5 folds:
// frustration F1 on dev .337 to .353 and sadness .395 to .437, but lower thresholds (relief 0.03)
// and 8 of the support-message fixtures lost (calm requests read as frustration), so 1 it stays.
// Tried (December 2026): each threshold picked on its F1 curve smoothed over one or two steps either
// side, to steady anger's (it moves between 0.08 and 0.13 as words come and go): dev Ekman .546 and
// .541 against .554, so the best single step is kept. Nor is the highest threshold within 0.005 or
// 0.01 of the best F1 (to prefer fewer false alarms where the curve is flat): dev the same to 0.002,
// but 4 and 19 of the support-message fixtures lost.
const FOLDS = env('FIT_FOLDS', 1)
const HOPE_TIE = env('FIT_HOPE_TIE', 0.01)
const EXHAUSTION_BIAS = -2.6 // no GoEmotions label: its cues alone decide

// Words for what Reddit talks about (places, politics, sports, platforms and brands) that get weights
// from the threads they appear in, not from what the writer feels. They are left out: to a support
// customer they would say something false ("uber" leaned away from joy, "netflix" towards
// gratitude), and leaving them out keeps the detect bundle under its budget.
// prettier-ignore
const REDDIT_TOPICS: ReadonlySet<string> = new Set([
  'america', 'american', 'australia', 'british', 'canadian', 'chicago', 'china', 'chinese', 'dallas', 'dc', 'detroit',
  'england', 'europe', 'florida', 'france', 'french', 'germany', 'india', 'ireland', 'jersey', 'ny', 'ontario', 'russia',
  'texas', 'toronto', 'uk', 'usa', 'utah', 'york', 'brexit', 'conservative', 'conservatives', 'democrats', 'democracy',
  'gop', 'liberal', 'liberals', 'trump', 'election', 'elected', 'president', 'campaign', 'capitalism', 'socialism',
  'amendment', 'federal', 'basketball', 'championship', 'coaching', 'fortnite', 'hockey', 'league', 'nfl', 'offseason',
  'playoff', 'qb', 'rams', 'saints', 'pats', 'roster', 'cakeday', 'downvote', 'downvoted', 'downvotes', 'downvoting',
  'upvote', 'upvoted', 'upvotes', 'reddit', 'subreddit', 'mods', 'mod', 'remindme', 'ftfy', 'podcast', 'discord',
  'netflix', 'instagram', 'google', 'youtube', 'apple', 'uber', 'gif',
  'bears', 'bulls', 'album', 'band',
  // Everyday words of a support message that lean by the Reddit threads they came from: "downtown"
  // towards joy, "beach" towards frustration, "family" towards grief, "seats" towards approval,
  // "hot" towards joy, "birthday" towards joy and "tomorrow" towards hope. What a message is about
  // (a driver, a card, an app, a day) says nothing of how its writer feels. Leaving these out moved
  // no figure on dev down (sentiment macro-F1 0.625 to 0.626, sadness .400 to .409).
  'downtown', 'location', 'seats', 'website', 'beach', 'coffee', 'pizza', 'music', 'email', 'family',
  'driver', 'chat', 'link', 'customer', 'customers', 'box', 'bag', 'room', 'data', 'country', 'page', 'photos', 'card',
  'app', 'bank', 'rent', 'business', 'staff', 'writing', 'hot', 'five',
  'birthday', 'wedding', 'christmas', 'morning', 'tomorrow', 'yesterday', 'weekend', 'month', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'episode', 'documentary', 'trailer', 'film', 'filming', 'comic', 'seasons', 'player', 'scored', 'squad', 'tier', 'repost',
  'username', 'threads', 'commenting', 'poster', 'nsfw', 'meta',
  // Ordinals lean towards joy from "1st place" and birthdays; to a support customer they are dates.
  '1st', '2nd', '3rd', '4th', '5th',
  // More of what Reddit argues about, eats or paints (December 2026).
  'abortion', 'atheist', 'incel', 'incels', 'vegan', 'fbi', 'cops', 'cop', 'voters', 'votes', 'army', 'military',
  'guns', 'church', 'religious', 'jail', 'prison', 'politics', 'political', 'propaganda', 'labour', 'laws',
  'orange', 'yellow', 'purple', 'green', 'blue', 'brown', 'bread', 'cheese', 'salt', 'sauce', 'milk', 'tea', 'beer',
  'juice', 'fruit', 'meat', 'meal', 'lunch', 'cookies', 'turkey', 'fish', 'farm', 'horse', 'bike', 'boat', 'gym',
  'island', 'mountain', 'bathroom', 'apartment', 'homes', 'cities', 'countries',
  // The things a support message is about, whose Reddit leanings would speak for the customer:
  // "device" and "bills" leaned away from frustration, "solution", "mobile" and "products" away from
  // joy, "insurance" towards hope, "charges" towards surprise (December 2026). Five-fold CV moved
  // from .4872 to .4861, within a fold's spread; dev Ekman .558 to .557. Left out for the support
  // messages they would misread, and the 0.25 KB they free. "ticket" (frustration 0.70) made "I
  // would like to change the name on my ticket" frustrated; a fine is read by the 'service-failure'
  // cue ("you fined me") instead. "direct" leaned to disappointment, which a direct debit is not.
  'direct', 'debit', 'ticket', 'bill', 'bills', 'mobile', 'products', 'solution', 'device', 'screen', 'button', 'window', 'windows', 'phones',
  'machine', 'site', 'contract', 'manager', 'management', 'employees', 'workers', 'worker', 'charges', 'insurance',
  'policy', 'update', 'cash', 'key', 'lock', 'market', 'marketing', 'dollar', 'dollars', 'bucks', 'thousand',
  'billion', 'millions', 'design', 'interview', 'meeting', 'vacation', 'january', 'march',
  // "error" (frustration 0.65) is what an app says, not what the customer feels: "is the app down?
  // keeps saying error 503" read as frustrated (December 2026; dev the same to three places).
  'error', 'errors',
  // More of what a support message is about (December 2026, blind sets 42 to 46): prices and quotes,
  // what was sent, sold, closed or removed, the people in a family and their doctors, and the things
  // Reddit threads were about. "quote" leaned to confusion (1.0), "sold" and "closed" to
  // embarrassment, "sent" to frustration, "shoes" to anger and "surgery" away from joy.
  'price', 'costs', 'credit', 'quote', 'options', 'available', 'size', 'shoes', 'material', 'present', 'prime', 'wage', 'tip',
  'job', 'information', 'record', 'test', 'program', 'property', 'owners', 'companies', 'members', 'groups', 'count', 'lines', 'links', 'tag', 'net', 'trade',
  'sent', 'sending', 'sold', 'removed', 'closed', 'opened', 'reported',
  'gas', 'fire', 'hospital', 'doctor', 'medical', 'healthcare', 'surgery', 'therapist', 'therapy',
  'mum', 'daughter', 'father', 'sister', 'parents', 'children', 'aunt', 'uncle', 'daddy',
  'drivers', 'driving', 'shower', 'plate', 'cup', 'bowl', 'cake', 'toy', 'base', 'core', 'frame', 'patch', 'field', 'corner', 'building', 'areas', 'lane', 'race', 'sport', 'club', 'land',
  // Things, places, bodies and subjects of Reddit's threads (December 2026, room for sarcasm): to a
  // support customer, "lights" (joy 1.1) would make "the lights keep flickering" glad, "health" (hope
  // 1.05) a health insurance claim hopeful, "flat" (embarrassment) a flat embarrassing, "rain"
  // (anxiety and disappointment 0.9) a parcel left in the rain worried, "marriage" (surprise 1.2)
  // and "journey" (gratitude 1.05) what they are not.
  'articles', 'bay', 'bear', 'bottle', 'brain', 'butt', 'cap', 'chief', 'clip', 'commercial', 'cream', 'culture', 'dating',
  'debate', 'defense', 'degree', 'drawing', 'earth', 'eyebrows', 'fantasy', 'female', 'flat', 'foot', 'gf', 'grade',
  'guard', 'health', 'heat', 'hole', 'honey', 'ice', 'iq', 'journey', 'king', 'ladies', 'law', 'leg', 'legs', 'lights',
  'makeup', 'marriage', 'married', 'marry', 'mask', 'media', 'metal', 'mirror', 'nail', 'neck', 'oil', 'planet', 'plot',
  'population', 'pot', 'rain', 'rank', 'research', 'score', 'signs', 'spelling', 'stats', 'student', 'students', 'study',
  'style', 'suit', 'talent', 'tank', 'target', 'tongue', 'train', 'tree', 'tweet', 'universe', 'wars', 'wind',
  // And words of a support message with such leanings: "thrown" (anxiety 0.9) for a parcel thrown over
  // a fence, "ring" (away from frustration) for ringing support again, "press" (away from joy) for
  // "press 1", "minute" (surprise), "large" (away from joy) for a large order, "sake" (hope 1.0) for
  // "for God's sake", "starting" (joy 0.6, from starting line-ups) for "I'm starting to worry".
  'thrown', 'ring', 'press', 'minute', 'large', 'sake', 'starting', 'serve', 'role', 'skills', 'tall', 'cross', 'pics', 'pop', 'olds',
  'bomb', 'drug', 'drugs', 'satire', 'conspiracy', 'soul', 'penis', 'fetish', 'virgin', 'da', 'boi', 'c', 'g', 'p', 'w', 'x',
  // "personal" (anger 0.6, joy 0.5) for "my personal details", "parties" (hope 0.75) for "third
  // parties", "plans" and "hire" (confusion) for phone plans and car hire, "till" (surprise 0.7) for
  // "till Monday", "showing" (away from joy) for "tracking showing delivered", "carry" (surprise) for
  // a carry-on bag, "covered" for what a warranty covers.
  'personal', 'parties', 'plans', 'hire', 'till', 'showing', 'carry', 'covered', 'flying', 'leaving', 'situations',
  'matches', 'relationships', 'named', 'owned', 'provided', 'language', 'condition', 'join', 'feet', 'eye', 'arms',
  'adult', 'adults', 'animals', 'balls', 'boss', 'heads', 'age', 'physical', 'majority', 'minority', 'modern', 'natural',
  'performance', 'practice', 'terms', 'distance', 'daily', 'feeding', 'jump', 'note', 'push', 'pushing', 'putting', 'reach',
  'picks', 'dry',
  // The words of how a support case goes, and more of Reddit's subjects: "previous" (frustration
  // 0.75) for "my previous order", "due" (sadness) for a due date, "immediately" (anger) for "please
  // call me immediately", "running" (away from joy) for running late, "following" (hope) for
  // following up, "social" (frustration) for social media, "financial" (disappointment, confusion)
  // for financial hardship. ("quick" stays: its lean away from joy keeps "Appreciate the quick
  // reply" thanks.)
  'due', 'previous', 'following', 'during', 'financial', 'social', 'properly', 'immediately', 'instantly',
  'instant', 'cheaper', 'faster', 'lower', 'higher', 'raise', 'massive', 'running', 'legally', 'value', 'jobs', 'arrested',
  'attack', 'attacked', 'attacks', 'background', 'boots', 'crack', 'dig', 'disorder', 'everyday', 'existence', 'force',
  'former', 'freedom', 'lived', 'murder', 'phrase', 'pro', 'song', 'sports', 'supporters', 'supporting', 'talented', 'talks',
  'thin', 'towards', 'trolling', 'trolls', 'wash', 'younger', 'herself', 'ourselves', "people's", "everyone's", 'currently',
  'including', 'according', 'alt', 'along', 'aside', 'asleep', 'ate', 'blows', 'hungry', 'quiet',
  // "changed" (surprise) for "my password was changed", "interest" (away from joy) for interest
  // charges, "total" (disappointment) for a total of £50, "respond" (confusion) for "please respond",
  // "took" (surprise) for "it took 3 weeks", "anywhere" (joy 0.7) for "I can't find it anywhere",
  // "important" (away from frustration) for "this is important".
  'anywhere', 'changed', 'interest', 'important', 'keeping', 'normally', 'filled', 'active', 'dm', 'respond', 'remove',
  'took', 'total', 'conversation', 'explanation', 'explaining', 'continue', 'finished', 'ahead', 'fit', 'met', 'ends',
  'begin', 'bringing', 'hidden', 'known', 'stay', 'staying', 'several', 'step', 'everywhere', 'somewhere', 'specific',
  'specifically', 'slowly', 'sleeping', 'seek', 'related', 'relevant', 'particular', 'lets', 'itself', 'ive', 'hence',
  "here's", 'fairly', 'familiar', 'def', 'describe', 'chose', 'challenge', 'becomes', 'becoming', 'analogy', 'acting',
  // "damage" (anger 0.85) for water damage, "min" (surprise) for "40 min on hold", "normal" (surprise)
  // for "is this normal?", "warning" (away from joy) for a warning light, and words of how Reddit
  // tells a story ("remember", "seemed", "talked"). (Words that lean to hope stay: without "we'll",
  // "yourself", "professional", "protect" and their like, hope's threshold fell from 0.29 to 0.13,
  // with the same F1 on dev, and "please help asap" read as hopeful.)
  'damage', 'min', 'normal', 'smoking', 'warning', 'hello', 'remember', 'reminded', 'reminds', 'lately',
  'heavy', 'harder', 'finding', 'finds', 'finish', 'figure', 'focus', 'ideas', 'looked', 'meaning',
  'moments', 'mid', 'minimum', 'nor', 'onto', 'parent', 'passing', 'pointing', 'powerful', 'pressure',
  'referring', 'responsible', 'rn', 'seemed', 'shes', "she'd", 'hes', 'soft', 'special',
  'spirit', 'stand', 'standards', 'standing', 'stories', 'survive', 'talked', "that'll", "they'll", 'threw',
  'throwing', 'throws', 'ton', 'turns', 'ultimate', 'ways', 'whether', 'whoever', 'whose', 'wise', 'won',
  // The words of Reddit's arguments ("opinion", "facts", "argument", "reality", "behavior"), of its
  // verdicts on people ("badass", "attractive", "underrated"), and words that lean by the threads
  // they came from: "pregnant" (sadness) for "my pregnant wife", "injured" and "physically" for an
  // injury a customer reports, "hearing" (surprise) for a hearing aid, "happening" (away from
  // surprise) for "what's happening with my order".
  'badass', 'bc', 'classic', 'comeback', 'crush', 'gg', 'homeless', 'injured', 'innocent', 'physically', 'pregnant',
  'underrated', 'unpopular', 'attractive', 'insight', 'humor', 'honesty', 'facts', 'opinion', 'argument', 'behavior',
  'believes', 'implying', 'indeed', 'perhaps', 'precious', 'reality', 'successful', 'heaven', 'hide', 'hearing', 'healthy',
  'feelings', 'emotions', 'dreams', 'exist', 'favor', 'anytime', 'anyways', "ain't", 'although', 'actual', 'actions',
  'absolute', 'entirely', 'clearly', 'hardly', 'happening',
  // Words that took weights as others left ("autism" leaned to confusion, "within" and "earlier"
  // away from joy, "lawyer" away from joy beside a legal threat), and, now that hope's threshold
  // holds (above), those that lean to hope by the threads they came from: "pm" for "by 5pm",
  // "professional", "protect".
  'autism', 'screenshot', 'reminder', 'results', 'within', 'earlier', 'raised', 'corrected', 'existed', 'tend', 'cuz', 'edge',
  'pm', 'professional', 'protect', 'proof', 'potential', 'prefer', 'sees', 'matter', 'grow', 'growing', 'security', 'skip',
  'sentence', 'trick', 'steal', 'stealing', 'lawyer', 'shutdown',
  // "waiting" leaned away from frustration (waiting for a new season): to a support customer a wait
  // is the complaint, and the waiting signal reads it.
  'waiting',
  // And words of Reddit's debates and stories with weak leanings ("defend", "discussion", "judge",
  // "lesson", "memories", "valid").
  'defend', 'despite', 'discussion', 'disease', 'falling', 'forced', 'generally', 'genuinely', 'irony', 'judge', 'learned',
  'learning', 'lesson', 'listen', 'listening', 'memories', 'offense', 'petty', 'quit', 'released', 'serious', 'smaller',
  'struggle', 'tough', 'valid', 'valuable', 'winning', 'cheap', 'mixed', 'helps',
  // "soon", "sooner" and "possible" lean to hope: "as soon as possible" asks for speed.
  'soon', 'sooner', 'possible',
  // "toxic" (anger) for toxic fumes, "screaming" for a screaming baby, and Reddit's "edgy" and "cursed".
  'toxic', 'screaming', 'edgy', 'cursed', 'nuts',
  // And Reddit's bodies, pretence and asides with weak leanings (December 2026, for the room of blind
  // sets 79 and 80; CV .4851 with and without the first 27, .4858 with the next 22 out, dev the same
  // to three places): "skin", "mouth", "pretend", "obvious", "chuckle", "heck", "hug", "stomach" ...
  'decades', 'owner', 'grown', 'skin', 'mouth', 'brings', 'beginning', 'recognize', 'pretend', 'pretending', 'obvious',
  'glorious', 'chuckle', 'lmfao', 'intense', 'jealous', 'fell', 'felt', 'possibility', 'guessing', 'sarcastic', 'bizarre',
  'stronger', 'happiness', 'confidence', 'entitled', 'dang', 'heck', 'jeez', 'dying', 'hug', 'peace', 'illness',
  'injuries', 'injury', 'selfish', 'lazy', 'fool', 'stomach', 'xd', ':p', 'emotional', 'remind', 'weak',
  'liking', 'entertaining', 'fascinating', 'brave', 'nose',
  // Words and faces a hand cue reads already, whose fitted weight was only a small correction to the
  // cue's ("perfect", "brilliant", "omg", "smh", ":)", "😍"): the cue's weight stands alone (CV .4856
  // against .4858, December 2026, blind set 82). And "appreciate", which leaned to joy (Reddit's
  // admiration): to a support customer it is thanks, which the 'thanks' cue reads ("I appreciate
  // it", and no joy in "I appreciate you're busy but ..."); CV .4854, joy .703 against .707.
  'trash', 'smh', 'omg', 'perfect', 'brilliant', 'crying', 'anxious', 'thx', ';)', '<3', '👍', 'gross', '❤', ':)', '😍', 'appreciate',
  // And more of Reddit's debates, looks and slang (December 2026, for the room of blind sets 72 on):
  // "teach" leaned to frustration, "genius" and "legend" to joy as much as to scorn.
  'crimes', 'criminal', 'racism', 'racist', 'sexist', 'progressive', 'speech', 'master', 'draw', 'monster', 'legend',
  'handsome', 'sexy', 'teach', 'retarded', 'rape', 'raped', 'assault', 'beauty', 'wholesome', 'epic', 'genius', 'faith',
  'pray', 'praying', 'evil', 'trigger', 'f', 'af',
  // And words a support message uses in another sense, where Reddit's lean misleads: "smart" (joy)
  // for a smart meter, "sir", "clarification" and "advice" (gratitude) for "Dear Sir" and "I need
  // clarification on my bill", "progress" (joy) for "any progress on my ticket?". (Words that lean
  // to hope stay, "care", "support", "strong", "realistic": without them hope's cross-validated F1
  // fell from .529 to .520.)
  'smart', 'sir', 'input', 'clarification', 'advice', 'sharing', 'progress', 'spending', 'picked', 'delusional',
  'ignorance', 'irrelevant',
  // "shut" (anger, from "shut up", which the 'furious' cue reads) for "the water was shut off",
  // "burn" (anger) for a burn mark, "kicked" for "the app kicked me out". ("funny" and "crazy"
  // stay: without them joy's F1 on dev fell .005 and polarity's .006; so does "weird", though it
  // leans to disgust for "a weird charge on my statement": without it disgust's cross-validated F1
  // fell from .438 to .427.)
  'shut', 'burn', 'kick', 'kicked', 'loose', 'scam',
])

// The words of a request: on Reddit "need", "help" and "please" lean towards desire and caring
// (the hope group), so "Please help, my account is blocked. I need it for my work." read as
// hopeful. To a support customer they ask for something, and say nothing of how they feel; the
// hand cues read the pleas that do ("please help" leans to worry, "can you please" to hope).
// Leaving them out moved no figure on dev down (Ekman macro-F1 0.558 to 0.559, hope .543 to .544).
const REQUEST_WORDS: ReadonlySet<string> = new Set(['need', 'help', 'please'])

// The words given no weight, as a word or in a negation's scope ("!need").
const LEFT_OUT: ReadonlySet<string> = new Set([...REDDIT_TOPICS, ...REQUEST_WORDS])

type Doc = { text: string; labels: Set<Feeling> }

export function readGoEmotions(file: string): Doc[] {
  const names = readFileSync(join(dataDir, 'emotions.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)
  const toFeeling = new Map<string, Feeling>()
  for (const feeling of FEELING_LIST) for (const label of FEELINGS[feeling].goEmotions) toFeeling.set(label, feeling)
  return readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [text = '', ids = ''] = line.split('\t')
      const labels = new Set<Feeling>()
      for (const id of ids.split(',')) {
        const feeling = toFeeling.get(names[Number(id)] ?? '')
        if (feeling) labels.add(feeling)
      }
      return { text, labels }
    })
}

type Model = { weights: Float64Array[]; bias: Float64Array }

// Fits the weights on nine tenths of `docs` and each feeling's threshold on the other tenth (see the
// header). Returns them with the vocabulary and a scorer for any document.
function learn(docs: Doc[]): { vocab: string[]; model: Model; thresholds: number[]; score: (doc: Doc) => number[] } {
  const tables = compileTables({ ...enDetect, lexicon: { ...enDetect.lexicon, entries: '' } })
  const F = FEELING_LIST.length
  const scan = new Scan()
  const featureIndex = new Map<string, number>()
  const fit = docs.filter((_, i) => i % 10 !== 0)
  const calibrate = docs.filter((_, i) => i % 10 === 0)

  // Vocabulary: keys in at least MIN_DOCS fitting documents.
  const df = new Map<string, number>()
  for (const doc of fit) {
    const seen = new Set<string>()
    walkFeatures(doc.text, scanInto(doc.text, scan), tables, () => false, (key, _value, _start, _end, _negated, cue) => {
      if (!cue) seen.add(key)
    }, false)
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1)
  }
  const vocab = [...df].filter(([k, n]) => n >= (k.startsWith('!') && k.length > 2 ? MIN_DOCS_NEGATED : MIN_DOCS) && !LEFT_OUT.has(k.replace(/^!/, ''))).map(([k]) => k).sort()
  vocab.forEach((k, i) => featureIndex.set(k, i))
  const known = (key: string): boolean => featureIndex.has(key)

  // Each document as sparse features plus a fixed offset per feeling from the hand cues.
  type Row = { idx: number[]; val: number[]; offset: Float64Array; labels: Set<Feeling> }
  const encode = (doc: Doc): Row => {
    const acc = new Map<number, number>()
    const offset = new Float64Array(F)
    walkFeatures(doc.text, scanInto(doc.text, scan), tables, known, (key, value, _start, _end, _negated, cue) => {
      if (cue) {
        for (let k = 0; k < cue.weights.length; k += 2) offset[cue.weights[k] as number]! += (cue.weights[k + 1] as number) * value
        return
      }
      const index = featureIndex.get(key)
      if (index !== undefined) acc.set(index, (acc.get(index) ?? 0) + value)
    }, false)
    const idx = [...acc.keys()].sort((a, b) => a - b)
    return { idx, val: idx.map((i) => acc.get(i) as number), offset, labels: doc.labels }
  }
  const fitRows = fit.map(encode)
  const calRows = calibrate.map(encode)

  // One-vs-rest logistic regression with AdaGrad and L2 on the touched weights, then rounded and
  // pruned as shipped.
  const V = vocab.length
  const toStep = (x: number): number => Math.round(Math.round(x / STEP) * STEP * 100) / 100
  const fitAll = (rows: Row[]): Model => {
    const weights = FEELING_LIST.map(() => new Float64Array(V))
    const bias = new Float64Array(F)
    FEELING_LIST.forEach((feeling, f) => {
      if (FEELINGS[feeling].goEmotions.length === 0) {
        bias[f] = EXHAUSTION_BIAS
        return
      }
      const fitted = fitLogistic(rows, V, (row) => row.offset[f] as number, (row) => (row.labels.has(feeling) ? 1 : 0), { epochs: EPOCHS, rate: RATE, l1: L1, l2: L2 })
      weights[f] = fitted.weights
      bias[f] = fitted.bias
    })
    for (const w of weights) for (let j = 0; j < V; j++) w[j] = Math.abs(w[j] as number) < ((df.get(vocab[j] as string) ?? 0) >= PRUNE_DF || PRUNE_WORD_KEEP.has(vocab[j] as string) ? 0.46 : PRUNE) ? 0 : toStep(w[j] as number)
    for (let j = 0; j < V; j++) {
      const strongest = weights.map((w, f) => [f, Math.abs(w[j] as number)] as const).filter(([, a]) => a > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0])
      for (const [f] of strongest.slice(TOP)) (weights[f] as Float64Array)[j] = 0
      for (const [f, a] of strongest.slice(1, TOP)) if (a < PRUNE_SECOND && (df.get(vocab[j] as string) ?? 0) < PRUNE_DF && !PRUNE_WORD_KEEP.has(vocab[j] as string)) (weights[f] as Float64Array)[j] = 0
      if ((strongest[0]?.[1] ?? 0) < PRUNE_WORD && (df.get(vocab[j] as string) ?? 0) < PRUNE_WORD_DF && !PRUNE_WORD_KEEP.has(vocab[j] as string)) for (const w of weights) w[j] = 0
    }
    return { weights, bias }
  }
  const probability = (model: Model, row: Row, f: number): number => {
    let z = (model.bias[f] as number) + (row.offset[f] as number)
    for (let k = 0; k < row.idx.length; k++) z += ((model.weights[f] as Float64Array)[row.idx[k] as number] as number) * (row.val[k] as number)
    return sigmoid(z)
  }

  // Thresholds: each feeling's best F1 on scores of documents its model did not see. With FOLDS > 1,
  // every training document is scored by a model fitted on the other folds, and the shipped weights
  // are fitted on all of them; with FOLDS = 1, the tenth set aside scores the shipped model.
  const model = FOLDS > 1 ? fitAll([...fitRows, ...calRows]) : fitAll(fitRows)
  const scored: { p: number[]; labels: Set<Feeling> }[] = []
  if (FOLDS > 1) {
    const all = [...fitRows, ...calRows]
    for (let fold = 0; fold < FOLDS; fold++) {
      const held = all.filter((_, i) => i % FOLDS === fold)
      const foldModel = fitAll(all.filter((_, i) => i % FOLDS !== fold))
      for (const row of held) scored.push({ p: FEELING_LIST.map((_, f) => probability(foldModel, row, f)), labels: row.labels })
    }
  } else {
    for (const row of calRows) scored.push({ p: FEELING_LIST.map((_, f) => probability(model, row, f)), labels: row.labels })
  }
  const thresholds = FEELING_LIST.map((feeling, f) => {
    if (FEELINGS[feeling].goEmotions.length === 0) return 0.5
    let best = { t: 0.5, f1: -1 }
    const curve: { t: number; f1: number }[] = []
    for (let t = 0.03; t <= 0.8; t += 0.01) {
      let tp = 0
      let fp = 0
      let fn = 0
      for (const s of scored) {
        const y = s.labels.has(feeling)
        if ((s.p[f] as number) >= t) y ? tp++ : fp++
        else if (y) fn++
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn || 1)
      const step = { t: Math.round(t * 100) / 100, f1 }
      curve.push(step)
      if (f1 > best.f1 + 1e-9) best = step
    }
    // Hope's curve is flat (on the calibration tenth, F1 within about 0.01 from 0.11 to 0.31, with a
    // spike one step wide here or there), and its best step moves across that range as words come and
    // go. To a support team, a request ("please help asap") read as hopeful is a false alarm, so hope
    // takes the highest threshold within HOPE_TIE of its best F1 (0.005 was not enough: a spike at
    // 0.13 stood 0.009 above 0.30).
    if (feeling === 'hope') for (const c of curve) if (c.f1 >= best.f1 - HOPE_TIE && c.t > best.t) best = { t: c.t, f1: best.f1 }
    // Frustration's curve is flat too between 0.11 and 0.12 (0.002 to 0.005 apart as words come and
    // go), and at 0.11 "don't" alone is a faint frustration. Its best step stands: composeReply does
    // not answer a faint bad feeling read from words alone in a message with no trouble in it ("Please
    // don't send me any more emails"), and of the 30 support-message fixtures whose readings change
    // at 0.11, most gain a frustration that is fair ("I still don't have a working phone line").
    // Tried (December 2026): the highest step within 0.01 of the best, as for hope: CV .4853 against
    // .4858 (frustration .323 against .330), dev frustration .337 against .347.
    return best.t
  })
  return { vocab, model, thresholds, score: (doc) => { const row = encode(doc); return FEELING_LIST.map((_, f) => probability(model, row, f)) } }
}

// `--cv`: five times, a fifth of train.tsv is held out, the rest learns as above, and each feeling's
// F1 on the held-out fifth is reported (mean and range). A setting (FIT_PRUNE, FIT_STEP ...) is
// judged by this, on data the dev set never saw, before dev.tsv is looked at.
function crossValidate(docs: Doc[]): void {
  const folds = 5
  const f1s = FEELING_LIST.map(() => [] as number[])
  for (let fold = 0; fold < folds; fold++) {
    const { thresholds, score } = learn(docs.filter((_, i) => i % folds !== fold))
    const counts = FEELING_LIST.map(() => ({ tp: 0, fp: 0, fn: 0 }))
    for (const doc of docs.filter((_, i) => i % folds === fold)) {
      const p = score(doc)
      FEELING_LIST.forEach((feeling, f) => {
        const c = counts[f] as { tp: number; fp: number; fn: number }
        const y = doc.labels.has(feeling)
        if ((p[f] as number) >= (thresholds[f] as number)) y ? c.tp++ : c.fp++
        else if (y) c.fn++
      })
    }
    counts.forEach((c, f) => (f1s[f] as number[]).push((2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1)))
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
  console.log(`PRUNE ${PRUNE}, STEP ${STEP}, L1 ${L1}: F1 on each held-out fifth of train.tsv`)
  const labelled = FEELING_LIST.filter((feeling) => FEELINGS[feeling].goEmotions.length > 0)
  for (const feeling of labelled) {
    const xs = f1s[FEELING_LIST.indexOf(feeling)] as number[]
    console.log(`  ${feeling.padEnd(15)} ${mean(xs).toFixed(3)}  (${Math.min(...xs).toFixed(3)} to ${Math.max(...xs).toFixed(3)})`)
  }
  console.log(`  macro-F1 over ${labelled.length} feelings: ${mean(labelled.map((feeling) => mean(f1s[FEELING_LIST.indexOf(feeling)] as number[]))).toFixed(4)}`)
}

function main(): void {
  const check = process.argv.includes('--check')
  const docs = readGoEmotions('train.tsv')
  if (process.argv.includes('--cv')) return crossValidate(docs)
  const { vocab, model, thresholds } = learn(docs)
  const { weights, bias } = model
  const lines: string[] = []
  vocab.forEach((key, j) => {
    const parts: [number, number][] = []
    FEELING_LIST.forEach((_, f) => {
      const value = (weights[f] as Float64Array)[j] as number
      if (value !== 0) parts.push([f, Math.round(value * 100)])
    })
    // The short form of `FeelingLexicon.entries`, a letter for the feeling (a = 0) and the weight in
    // twentieths, is about 1 KB smaller gzipped than `index:weight` pairs in hundredths (0.7 KB of
    // the detectFeelings bundle). A weight off the 0.05 grid (a FIT_STEP finer than 0.05) keeps its
    // line in the long form.
    if (parts.length === 0) return
    const short = parts.every(([, hundredths]) => hundredths % 5 === 0)
    lines.push(`${key}\t${short ? parts.map(([f, h]) => `${String.fromCharCode(97 + f)}${h / 5}`).join('') : parts.map(([f, h]) => `${f}:${h}`).join(' ')}`)
  })
  // Lines sorted by their weights, then by word: lines that raise the same feelings by the same
  // steps sit together, which gzip codes about 0.1 KB smaller than the alphabetical order. (The
  // reader puts the lines in a table; their order changes nothing it finds.)
  const weightsOf = (line: string): string => line.slice(line.indexOf('\t') + 1)
  lines.sort((a, b) => (weightsOf(a) < weightsOf(b) ? -1 : weightsOf(a) > weightsOf(b) ? 1 : a < b ? -1 : a > b ? 1 : 0))
  const inputs = createHash('sha256').update(readFileSync(join(dataDir, 'train.tsv'))).digest('hex').slice(0, 16)
  const module = `// Generated by scripts/fit-lexicon.ts from GoEmotions train.tsv (sha256 ${inputs}...).
// GoEmotions: Demszky et al., ACL 2020, google-research/google-research, Apache-2.0.
// Do not edit: change the script or the hand cues in tables.ts and run \`npm run fit\`.
import type { FeelingLexicon } from '../../types/pack'

/** Where the fitted weights come from: \`enDetect.lexicon.source\` (detect.ts puts it back there). */
export const lexiconSource = 'scripts/fit-lexicon.ts on GoEmotions train.tsv (Demszky et al. 2020, Apache-2.0)'

/**
 * Fitted word weights for the English pack, without \`source\`: detectFeelings reads these by
 * default and has no use for it (0.07 KB of its bundle).
 */
export const lexicon: Omit<FeelingLexicon, 'source'> = {
  feelings: ${JSON.stringify(FEELING_LIST)},
  bias: ${JSON.stringify([...bias].map((b) => Math.round(b * 100) / 100))},
  thresholds: ${JSON.stringify(thresholds)},
  entries: ${JSON.stringify(lines.join('\n'))},
}
`
  if (check) {
    const current = readFileSync(outFile, 'utf8')
    if (current !== module) {
      console.error('src/packs/en/lexicon.generated.ts is stale: run `npm run fit` and commit the result.')
      process.exit(1)
    }
    console.log(`lexicon.generated.ts is up to date (${lines.length} entries).`)
    return
  }
  writeFileSync(outFile, module)
  console.log(`wrote ${outFile}: ${lines.length} entries of ${vocab.length} candidate keys; ${(module.length / 1024).toFixed(1)} KiB`)
  console.log('thresholds', Object.fromEntries(FEELING_LIST.map((f, i) => [f, thresholds[i]])))
}

main()
