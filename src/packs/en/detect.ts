import type { DetectTables, FeelingCue, TopicCue } from '../../types/pack'
import type { Concern, Signal } from '../../types/core'
import { lexicon } from './lexicon.generated'
import { contrast, negationScope, negators, scopeBreakers } from './negation'

// Hand-written phrase cues. Weights are log-odds added on top of the fitted word weights, so a cue
// only needs to carry what the words alone miss: support idioms that Reddit comments rarely use,
// multi-word expressions, and sarcasm. The fitting script holds these fixed while it fits the words.
// prettier-ignore
const feelingCues: FeelingCue[] = [
  // frustration
  { id: 'fed-up', phrases: ['fed up', 'sick of', 'sick and tired', 'tired of', 'had enough', 'enough is enough', 'over it'], feelings: { frustration: 2.6 }, note: 'Being fed up is frustration that has built over time.', direct: ['fed up', 'sick of', 'sick and tired', 'tired of', 'had enough'] },
  { id: 'still-not-fixed', phrases: ['still not', 'still no', 'still nothing', 'still waiting', "still haven't", "still hasn't", "still doesn't", "still isn't", "still can't", 'still broken', 'still crashes', 'still crashing', 'still down', 'still failing', 'still fails', 'still happening', 'still the same', 'still wrong', 'still charging', 'still missing'], feelings: { frustration: 2.2 }, note: '"Still" marks a problem that outlived the customer\'s patience.', ignoresNegation: true },
  { id: 'again-and-again', phrases: ['again and again', 'over and over', 'every single time', 'yet again', 'once again', 'for the umpteenth time', 'third time', 'fourth time', 'fifth time', 'same problem again', 'same issue again'], feelings: { frustration: 2.2 }, note: 'Repetition is the classic source of support frustration.' },
  { id: 'waste-of-time', phrases: ['waste of time', 'wasted my time', 'wasting my time', 'waste of my time', 'hours of my life'], feelings: { frustration: 2.4 }, note: 'Lost time is a cost the customer resents.' },
  { id: 'runaround', phrases: ['run around', 'runaround', 'going in circles', 'passed around', 'bounced around', 'getting nowhere', 'no one can help', 'nobody can help', 'nobody helps', 'nobody owns', 'no one owns', 'no one takes responsibility', 'nobody takes responsibility', 'nobody takes ownership', 'no one takes ownership'], feelings: { frustration: 2.4 }, note: 'Being sent round without progress.' },
  { id: 'anyone-reading', phrases: ['does anyone actually read', 'does anyone even read', 'does anybody actually read', 'does anybody even read', 'is anyone actually reading', 'is anyone even reading', 'is anybody even reading', 'does anyone care', 'does anybody care'], feelings: { frustration: 2.4 }, note: 'Asking whether anyone reads the messages at all: exasperation after unanswered contact.' },
  { id: 'why-does-it-keep', phrases: ['why does it keep', 'why does this keep', 'why do you keep', 'why do i keep', 'why is it always', 'why is this always', 'why is this still', 'why is it still', 'why does this always', 'why does it always'], feelings: { frustration: 2.0, confusion: -1.5 }, note: "A 'why' about something that keeps happening is a complaint, not a question.", ignoresNegation: true },
  { id: 'mixed-answers', phrases: ['tells me something different', 'told me something different', 'says something different', 'said something different', 'different answer', 'different answers', 'different story', 'conflicting information', 'conflicting answers', 'contradicting each other', 'contradictory answers'], feelings: { frustration: 1.8 }, note: 'Each contact gives another answer: the customer can no longer trust any of them.' },
  { id: 'ridiculous', phrases: ['ridiculous', 'unacceptable', 'absurd', 'joke', 'beyond a joke', 'not acceptable', 'unbelievable'], feelings: { frustration: 1.6, anger: 0.6 }, note: 'Verdicts on the service that carry exasperation.', ignoresNegation: true },
  { id: 'verdict-bad', phrases: ['garbage', 'trash', 'rubbish', 'useless', 'terrible', 'awful', 'horrible', 'the worst', 'pathetic', 'a shambles', 'shambolic', 'a disgrace'], feelings: { frustration: 1.6, disappointment: 0.8 }, note: 'A harsh verdict on the product or service ("your app is garbage"): exasperation, with some disappointment. Negated ("not terrible") it does not fire.' },
  { id: 'frustrating', phrases: ['frustrating', 'frustrated', 'frustration', 'annoying', 'annoyed', 'irritating', 'irritated', 'aggravating', 'exasperated', 'exasperating', 'smh', 'ugh', 'ffs', 'argh', 'driving me crazy', 'drives me crazy', 'driving me nuts', 'driving me mad', 'doing my head in', 'drives me nuts'], feelings: { frustration: 1.8 }, note: 'Frustration named outright.', direct: ['frustrating', 'frustrated', 'annoyed', 'irritated', 'exasperated', 'annoying', 'smh', 'ugh', 'ffs', 'argh'] },
  { id: 'doesnt-work', phrases: ["doesn't work", "does not work", "didn't work", "isn't working", "not working", "won't work", 'stopped working', 'keeps crashing', 'keeps failing', 'keeps happening', 'crashes every time', 'fails every time', 'keeps freezing', 'keeps logging me out', 'keeps breaking'], feelings: { frustration: 1.6 }, note: 'A product that fails the customer, stated flatly, usually carries frustration.', ignoresNegation: true },
  { id: 'no-response', phrases: ['no response', 'no reply', 'no answer', 'no one got back', 'nobody got back', 'never got back', 'never heard back', "haven't heard back", 'no one responded', 'nobody responded', 'no update', 'no updates', 'copy paste', 'copy and paste', 'copy pasted', 'canned response', 'canned reply', 'automated response', 'automated reply', 'generic response', 'generic reply', 'never happens', 'never happened', 'never called back', 'never called me back', 'never rang back', 'no callback', 'no call back', 'straight answer', 'no straight answer'], feelings: { frustration: 2.0 }, note: 'Silence from the business after contact.', ignoresNegation: true },
  { id: 'service-failure', phrases: ['charged twice', 'charged me twice', 'charged my card twice', 'double charged', 'double charge', 'overcharged', 'wrong item', 'wrong order', 'never arrived', 'never received', 'never showed up', 'arrived broken', 'arrived damaged', 'came broken', 'is broken', 'was broken', 'still broken', 'missing item', 'missing items', 'lost my package', 'lost my order', 'never showed', 'never turned up', "didn't show up", 'did not show up', "didn't turn up", 'no show', 'got disconnected', 'get disconnected', 'call dropped', 'hung up on me', 'took a day off', 'took the day off', 'took time off work', 'never came', 'never come'], feelings: { frustration: 1.4 }, note: 'A failure stated as fact: support customers often complain without a feeling word.', ignoresNegation: true },
  { id: 'not-happy', phrases: ['not happy', 'not satisfied', 'not pleased', 'not impressed', 'not okay', 'not ok', 'unhappy', 'dissatisfied'], feelings: { disappointment: 1.8, frustration: 1.0, joy: -2 }, note: 'Negated contentment is the most common way support customers say they are let down.', ignoresNegation: true },
  // anger
  { id: 'furious', phrases: ['furious', 'livid', 'outraged', 'outrageous', 'fuming', 'seething', 'enraged', 'pissed', 'pissed off', 'infuriating', 'infuriated'], feelings: { anger: 2.8 }, note: 'Anger named outright.', direct: ['furious', 'livid', 'outraged', 'fuming', 'seething', 'enraged', 'pissed off', 'infuriated'] },
  { id: 'how-dare', phrases: ['how dare', 'the nerve', 'disgraceful', 'shameful', 'scam', 'scammed', 'rip off', 'ripoff', 'ripped off', 'robbery', 'theft', 'stole my', 'stealing', 'tricked', 'misled', 'mislead', 'feel cheated'], feelings: { anger: 2.2 }, note: 'Moral outrage: the customer feels wronged, not only inconvenienced.', ignoresNegation: true },
  { id: 'you-should-be-ashamed', phrases: ['you should be ashamed', 'should be ashamed', 'you should be embarrassed', 'shame on you'], feelings: { anger: 2.2, embarrassment: -3 }, note: "Shame pointed at the business is anger; the customer is not the one embarrassed.", ignoresNegation: true },
  // disgust
  { id: 'disgusting', phrases: ['disgusting', 'disgusted', 'gross', 'revolting', 'nasty', 'vile', 'sickening', 'repulsive', 'moldy', 'mouldy', 'rotten', 'filthy'], feelings: { disgust: 2.6 }, note: 'Revulsion, often at spoiled or dirty goods.', direct: ['disgusting', 'disgusted', 'revolting', 'repulsive', 'sickening'] },
  // anxiety
  { id: 'worried', phrases: ['worried', 'worry', 'worrying', 'anxious', 'nervous', 'scared', 'afraid', 'terrified', 'panicking', 'panic', 'stressed', 'stressing', 'stressful', 'freaking out', 'on edge', 'concerned', 'feared for my life', 'fear for my life', 'feared for our lives'], feelings: { anxiety: 2.4 }, note: 'Fear for what comes next, named outright.', direct: ['worried', 'anxious', 'nervous', 'scared', 'afraid', 'terrified', 'panicking', 'stressed', 'freaking out', 'on edge', 'concerned'] },
  { id: 'what-if', phrases: ['what if', "won't arrive", "won't make it", "won't get here", 'not going to make it', 'in time', 'losing my', 'lose my', 'at risk', 'can i still', 'will i still', 'will it still', 'is this secure', 'is it secure', 'is this safe', 'is it safe'], feelings: { anxiety: 1.5 }, note: 'Worry about an outcome, without the word "worried".', ignoresNegation: true },
  // sadness
  { id: 'heartbroken', phrases: ['heartbroken', 'devastated', 'crushed', 'gutted', 'in tears', 'crying', 'broke my heart', 'so sad', 'miserable', 'depressed', 'passed away', 'lost my'], feelings: { sadness: 2.6 }, note: 'Sadness named outright or shown in tears.', direct: ['heartbroken', 'devastated', 'gutted', 'in tears', 'broke my heart', 'so sad', 'miserable', 'depressed', 'passed away'] },
  // disappointment
  { id: 'let-down', phrases: ['let down', 'let me down', 'disappointed', 'disappointing', 'disappointment', 'letdown', 'expected better', 'expected more', 'not what i expected', 'not as described', 'fell short', 'underwhelming', 'used to be', 'what happened to', 'meh', 'poor quality', 'low quality', 'cheaply made'], feelings: { disappointment: 2.6 }, note: 'A gap between what was expected and what came.', ignoresNegation: true, direct: ['let down', 'let me down', 'disappointed', 'disappointing', 'expected better', 'expected more', 'not what i expected', 'fell short', 'underwhelming'] },
  // embarrassment
  { id: 'embarrassed', phrases: ['embarrassed', 'embarrassing', 'humiliated', 'humiliating', 'ashamed', 'mortified', 'my fault', 'my bad', 'my mistake', 'silly question', 'stupid question', 'i feel stupid', 'i feel dumb'], feelings: { embarrassment: 2.6 }, note: 'Self-conscious feelings, including owning a mistake.', direct: ['embarrassed', 'humiliated', 'ashamed', 'mortified', 'i feel stupid', 'i feel dumb', 'stupid question', 'silly question'] },
  // exhaustion (no GoEmotions label: these cues are its only source)
  { id: 'exhausted', phrases: ['exhausted', 'exhausting', 'drained', 'worn out', 'burnt out', 'burned out', 'at my wits end', "at my wit's end", 'at the end of my rope', 'no energy', "can't keep doing this", 'cannot keep doing this', 'i give up', 'giving up', 'so tired', 'tiring', 'weary', 'wiped out', 'nothing left', 'i have nothing left', 'chasing this', 'keep chasing', 'still chasing', "don't know what else to do", 'do not know what else to do', 'tried everything', 'i have tried everything', "i've tried everything", 'out of options', 'at a loss'], feelings: { exhaustion: 3.2, frustration: 0.6 }, note: 'Depletion after a long fight with a problem.', direct: ['exhausted', 'worn out', 'burnt out', 'burned out', 'at my wits end', "at my wit's end", 'at the end of my rope', 'i give up', 'so tired', 'wiped out'] },
  // confusion
  { id: 'confused', phrases: ['confused', 'confusing', 'puzzled', 'baffled', 'lost', 'no idea', 'no clue', "don't understand", 'do not understand', "doesn't make sense", 'does not make sense', 'makes no sense', 'not sure', 'unclear', 'how do i', 'what does', 'what do you mean', 'which one'], feelings: { confusion: 2.2 }, note: 'Not understanding, said outright or asked.', ignoresNegation: true, direct: ['confused', 'puzzled', 'baffled', 'no idea', 'no clue', "don't understand", 'do not understand', "doesn't make sense", 'does not make sense', 'makes no sense', 'what do you mean'] },
  { id: 'where-is-my', phrases: ['where is my', "where's my", 'where is the', 'where are my', 'when will i', 'when will my', 'when will you', 'when is my', 'when do i get', 'any update', 'any news', 'what is taking', "what's taking", 'how much longer', 'how long will'], feelings: { confusion: -1.5, frustration: 0.4 }, note: 'A question about where something is or when it comes is a demand for status, not confusion: it takes back most of what the question mark adds to confusion, and leans towards impatience.', ignoresNegation: true },
  // surprise
  { id: 'surprised', phrases: ['surprised', 'surprising', 'shocked', 'shocking', 'stunned', 'astonished', 'no way', "can't believe", 'cannot believe', "couldn't believe", 'out of nowhere', 'wow', 'whoa', 'omg', "you're telling me", 'you are telling me', 'wait what', 'how is that possible', 'how is this possible'], feelings: { surprise: 2.0 }, note: 'The unexpected, good or bad.', ignoresNegation: true, direct: ['surprised', 'shocked', 'stunned', 'astonished'] },
  // gratitude
  { id: 'thanks', phrases: ['thank you', 'thanks', 'thank u', 'thx', 'ty', 'much appreciated', 'appreciate it', 'appreciate you', 'appreciate your', 'grateful', 'thankful', 'cheers'], feelings: { gratitude: 2.4 }, note: 'Thanks, the most common positive turn in support.', direct: ['thank you', 'thanks', 'much appreciated', 'appreciate it', 'appreciate your', 'grateful', 'thankful', 'cheers'] },
  { id: 'shoutout', phrases: ['shoutout', 'shout out', 'kudos', 'props to', 'hats off', 'big up'], feelings: { gratitude: 2.0, joy: 0.6 }, note: 'Public praise of an agent or a team is thanks.', direct: ['shoutout', 'shout out', 'kudos'] },
  // relief
  { id: 'relieved', phrases: ['relieved', 'relief', 'phew', 'what a relief', 'thank god', 'thank goodness', 'weight off', 'finally works', 'finally working', 'finally arrived', 'finally got', 'sorted', 'all good now', 'works now', 'working now'], feelings: { relief: 2.6, anxiety: -1.2 }, note: 'The end of a worry or a wait: the worry is over ("I was so stressed" is told in the past).', direct: ['relieved', 'phew', 'what a relief', 'thank god', 'thank goodness', 'weight off'] },
  // joy
  { id: 'delighted', phrases: ['delighted', 'thrilled', 'love it', 'loving it', 'so happy', 'made my day', 'amazing', 'awesome', 'fantastic', 'brilliant', 'excellent', 'perfect', 'wonderful', 'superb', 'over the moon'], feelings: { joy: 2.0 }, note: 'Delight, often with the product or the help.' },
  // hope
  { id: 'hoping', phrases: ['hope', 'hoping', 'hopefully', 'fingers crossed', 'looking forward', 'wish', 'would love', 'can you please', 'please help', 'is there any way', 'any chance'], feelings: { hope: 1.8 }, note: 'Wanting a good outcome and expecting one may come.' },
  // sarcasm: praise words turned against the service
  { id: 'thanks-for-nothing', phrases: ['thanks for nothing', 'thanks a lot for nothing', 'thank you for nothing', 'thanks for wasting', 'thanks for the runaround', 'no thanks to'], feelings: { gratitude: -4, joy: -2, frustration: 2.4, anger: 1.2 }, note: 'Sarcastic thanks: the customer is angry, not grateful.', ignoresNegation: true },
  { id: 'great-another', phrases: ['great another', 'oh great', 'just great', 'just perfect', 'just what i needed', 'wonderful another', 'perfect another', 'fantastic another', 'love another', 'how lovely', 'yeah right', 'sure you will', 'nice job losing', 'great job losing', 'great service not', 'love how', 'love that i have to', 'love waiting', 'love being', 'surprise another', 'surprise surprise', 'shocker'], feelings: { joy: -3.5, gratitude: -2, frustration: 2.6 }, note: 'Praise words in a complaint are sarcasm: frustration, not joy.', ignoresNegation: true },
  { id: 'no-worries', phrases: ['no worries', 'no problem', 'no prob', 'not a problem', 'no rush', 'no hurry', 'all good', "it's fine", 'never had a problem', 'never had an issue', 'never had any issues', 'never disappoints', 'never fails'], feelings: { anxiety: -3, frustration: -2, disappointment: -2, joy: 0.8 }, note: 'Negated trouble words that say all is well.', ignoresNegation: true },
  // emoji and emoticons that the fitted weights see too rarely
  { id: 'angry-face', phrases: ['😡', '😠', '🤬', '👿', '>:(', '💢'], feelings: { anger: 2.6 }, note: 'Angry faces.', direct: ['😡', '😠', '🤬', '👿', '>:(', '💢'] },
  { id: 'steam-face', phrases: ['😤', '🙄', '😒', '😑', '-_-'], feelings: { frustration: 2.4 }, note: 'Huffing and eye-rolling faces.', direct: ['😤', '🙄', '😒'] },
  { id: 'upside-down-face', phrases: ['🙃'], feelings: { frustration: 1.6, joy: -1.5 }, note: 'In a complaint the upside-down face is wry resignation, not delight.' },
  { id: 'crying-face', phrases: ['😢', '😭', '😿', ":'(", '💔', 't_t'], feelings: { sadness: 2.6 }, note: 'Crying faces and broken hearts.', direct: ['😢', '😭', '😿', ":'(", '💔'] },
  { id: 'sad-face', phrases: ['☹', '🙁', '😞', '😔', ':(', '=('], feelings: { sadness: 1.2, disappointment: 1.4 }, note: 'Sad faces, most often disappointment in support.' },
  { id: 'fear-face', phrases: ['😰', '😨', '😱', '😟', '😬', '😥'], feelings: { anxiety: 2.4 }, note: 'Anxious and fearful faces.', direct: ['😰', '😨', '😱', '😟'] },
  { id: 'confused-face', phrases: ['😕', '🤔', '😵', '🤷', ':/', ':s', '=/'], feelings: { confusion: 2.0 }, note: 'Puzzled faces and shrugs.', direct: ['😕'] },
  { id: 'surprised-face', phrases: ['😮', '😲', '😯', '🤯', ':o'], feelings: { surprise: 2.2 }, note: 'Open-mouthed faces.' },
  { id: 'thanks-emoji', phrases: ['🙏', '🙇'], feelings: { gratitude: 2.4 }, note: 'Folded hands read as thanks.', direct: ['🙏'] },
  { id: 'happy-face', phrases: ['😀', '😃', '😄', '😁', '😊', '🙂', '😍', '🥰', '❤', '💕', '👍', '🎉', '🥳', ':)', ':d', '=)', '<3', 'xd', ';)'], feelings: { joy: 2.0 }, note: 'Smiles, hearts and thumbs up.' },
  { id: 'relieved-face', phrases: ['😌', '😅'], feelings: { relief: 2.2 }, note: 'Relieved faces.', direct: ['😌'] },
  { id: 'disgust-face', phrases: ['🤢', '🤮'], feelings: { disgust: 2.8 }, note: 'Nauseated faces.', direct: ['🤢', '🤮'] },
  { id: 'tired-face', phrases: ['😩', '😫', '🥱', '😪'], feelings: { exhaustion: 2.4, frustration: 1.0 }, note: 'Weary and tired faces.', direct: ['😩', '😫'] },
]

// prettier-ignore
const concernCues: TopicCue<Concern>[] = [
  { id: 'need-it-by', of: 'deadline', phrases: ['need it by', 'need this by', 'need them by', 'needed it by', 'need it before', 'in time for', 'before my', 'before the', 'by the time', 'deadline', 'due date', 'last day', 'running out of time', 'cutting it close'], note: 'Time that has run short.' },
  { id: 'charged', of: 'money', phrases: ['charged twice', 'double charged', 'charged me', 'overcharged', 'refund', 'refunded', 'money back', 'billing', 'bill', 'invoice', 'fee', 'fees', 'payment', 'paid', 'charge', 'charges', 'cost me', 'subscription fee', 'credit card', 'out of pocket', 'compensation', 'reimburse', 'reimbursement', 'billed', 'billed me', 'double billed', 'my money', 'the money', 'used my card', 'fraud', 'fraudulent', 'purchases', 'purchase', 'unauthorized charge', 'unauthorised charge', 'payments', 'costing me', 'cost me money'], note: 'Money taken, owed or at risk.' },
  { id: 'charged-near-money', of: 'money', phrases: ['charged'], near: { words: ['$', '€', '£', 'card', 'account', 'refund', 'cancel', 'cancelled', 'canceled', 'cancelling', 'canceling', 'subscription', 'twice', 'again', 'fee', 'price', 'extra', 'bank', 'statement', 'money', 'dollars', 'without', 'after', 'full'], within: 3 }, note: "'Charged' is money only near a word of money or of an account: a phone is charged too." },
  { id: 'locked-out', of: 'access', phrases: ['locked out', "can't log in", "can't login", 'cannot log in', 'unable to log in', "can't sign in", 'cannot sign in', "can't access", 'cannot access', 'unable to access', 'lost access', 'no access', 'account locked', 'account is locked', 'account suspended', 'account disabled', 'password reset', 'reset my password', 'two factor', '2fa', 'verification code', "can't get into", "won't let me log in", "won't let me in", "can't log into", 'cannot log into', 'unable to log into', "can't sign into", 'cannot sign into', "can't get in", 'invalid password', 'wrong password', 'account got hacked', 'account was hacked', 'account hacked', 'changed my email', 'changed my password'], note: 'The customer cannot get to what is theirs.' },
  { id: 'unsafe', of: 'safety', phrases: ['unsafe', 'dangerous', 'danger', 'injured', 'injury', 'hurt myself', 'got hurt', 'burned', 'burnt', 'caught fire', 'fire hazard', 'smoke', 'smoking', 'sparks', 'sparking', 'electric shock', 'overheating', 'overheated', 'exploded', 'gas leak', 'choking', 'allergic reaction', 'hospital', 'emergency room', 'poisoning', 'not safe', 'safety', 'catch fire', 'catching fire', 'on fire', 'burst into flames', 'flames', 'swelled', 'swollen', 'melted', 'melting', 'fumes', 'carbon monoxide', 'shocked me', 'cut myself', 'choked', 'could have killed', "could've killed", 'could have been killed', 'could have hurt', "could've hurt", 'could have been hurt', 'could have been injured', 'nearly killed', 'almost killed', 'feared for my life', 'fear for my life', 'feared for our lives', 'reckless', 'recklessly', 'almost crashed', 'nearly crashed', 'could have crashed', 'drunk driver', 'speeding', 'shards', 'broken glass', 'shattered glass', 'glass everywhere', 'sharp edge', 'sharp edges'], note: 'Harm to a person, or the risk of it.' },
  { id: 'my-data', of: 'privacy', phrases: ['privacy', 'my data', 'my personal data', 'personal information', 'personal details', 'my information', 'data breach', 'breach', 'hacked', 'leaked', 'someone changed my password', 'someone changed my email', 'someone changed my', 'someone logged into my', 'someone logged in to my', 'someone accessed my', 'unauthorized', 'unauthorised', 'identity theft', 'phishing', 'gdpr', 'delete my data', 'delete my account', 'who has access', 'shared my', 'third party', 'third parties', 'my location', 'card details', 'my details', 'without my consent', 'without my permission', 'without asking me', 'sold my', 'selling my', 'tracking me', 'used my card', 'fraud', 'fraudulent', "didn't make these", "didn't make this", 'not made by me', 'account got hacked', 'account was hacked', 'i never made', 'never authorized', 'never authorised', "i didn't authorize", "i didn't authorise", 'i did not authorize', 'i did not make', "i didn't send them", 'i did not send them', 'i never sent', 'someone is using my', 'someone has been using my', 'someone used my', 'never gave permission', 'never gave consent', "didn't give permission", "didn't consent", 'never consented', 'got my number', 'got my details', 'got my email', 'been shared with', 'be shared with', 'being shared with'], note: 'Personal data exposed, misused or out of the customer\'s control.' },
  { id: 'someone-elses-details', of: 'privacy', phrases: ['someone else', "someone else's", "another customer's", "other customer's", "another person's", "somebody else's"], near: { words: ['address', 'addresses', 'name', 'names', 'details', 'information', 'info', 'history', 'card', 'data', 'email', 'phone', 'number', 'invoice', 'receipt', 'using', 'used', 'logged', 'login', 'accessed', 'access', 'bought', 'ordered', 'purchase', 'purchases', 'photos', 'messages', 'profile'], within: 3 }, note: "Another person's details seen, or another person in the customer's account: only near a word for personal data or its use, so 'can someone else help me' is not a privacy concern." },
  { id: 'my-business', of: 'livelihood', phrases: ['my business', 'my company', 'my shop', 'my store', 'my clients', 'my customers', 'our customers', 'our clients', 'my job', 'my income', 'my livelihood', 'my rent', 'payroll', 'lost sales', 'losing sales', 'losing customers', 'losing money', "can't take payments", 'cannot take payments', "can't take card payments", "can't accept payments", 'cannot accept payments', 'unable to take payments', "can't process payments", "can't take orders", 'cannot take orders', 'lost revenue', 'revenue', "can't work", 'cannot work', 'unable to work', 'my work', 'our business', 'production is down', 'our team is blocked', 'my restaurant', 'our restaurant', 'our shop', 'our store', 'lose customers', 'lose sales', 'losing business', 'lose business', 'my staff', 'our staff', 'my employees', 'our employees', 'small business', 'business owner', 'of sales', 'my sales', 'our sales', 'work from home', 'working from home', 'wfh', "our restaurant's", "my restaurant's", "our shop's", "our store's", "our business's", "my business's", "our company's", "my company's", 'turning customers away', 'turning away customers', 'turn customers away', 'our busiest'], note: 'The customer\'s work or income depends on it.' },
]

// prettier-ignore
const signalCues: TopicCue<Signal>[] = [
  { id: 'contacting-again', of: 'repeat-contact', phrases: ['contacted you', 'contacting you', 'called you', 'calling you', 'emailed you', 'messaged you', 'written to you', 'reaching out again', 'contacting again', 'calling again', 'writing again', 'asking again', 'explain again', 'explain everything again', 'explained this', 'repeat myself', 'already told', 'already explained', 'already sent', 'as i said', 'as i mentioned', 'last time i'], note: 'The customer has been here before about this.' },
  { id: 'transferred', of: 'transferred', phrases: ['transferred', 'transfered', 'transferred me', 'passed me to', 'passed me back', 'sent me to', 'sent me back', 'passed around', 'passed on', 'passed to', 'bounced around', 'bounced between', 'sent to another', 'handed off', 'handed over', 'redirected', 'told to call', 'told to contact', 'different department', 'another department', 'another agent', 'different agent', 'someone else told me', 'passing me between', 'passed me between', 'passing me around', 'passed between', 'passed back and forth', 'back and forth between'], note: 'Passed from one person or team to another.' },
  { id: 'on-hold', of: 'waiting', phrases: ['on hold', 'waited', 'waiting', 'wait time', 'still waiting', 'still no', 'still nothing', 'still not', 'still has not', 'still have not', 'not come through', 'no response', 'no reply', 'no answer', 'no update', 'no updates', "haven't heard", 'never heard back', 'got back to me', 'get back to me', 'hasn\'t moved', "hasn't arrived", "hasn't shipped", "hasn't been", 'been days', 'been weeks', 'been months', 'for ages', 'forever', 'delayed', 'delay', 'late', 'overdue', 'supposed to be here', 'supposed to arrive', 'supposed to be delivered', 'should have arrived', 'should have been here', 'was due', 'still processing', 'still pending', 'not arrived', 'not here yet', 'still not here', 'still not arrived'], note: 'Time the customer has spent waiting.' },
  { id: 'leaving', of: 'churn-threat', phrases: ['cancel my', 'cancelling my', 'canceling my', 'close my account', 'closing my account', 'switch to', 'switching to', 'moving to', 'take my business', 'go elsewhere', 'going elsewhere', 'shop elsewhere', 'never again', 'never ordering', 'never buying', 'never using', 'never shopping', 'done with you', 'done ordering', "i'm done", 'last time i order', 'last order', 'unsubscribe', 'lost a customer', 'lose a customer', 'find another', 'your competitor', 'competitors', 'won\'t be back', 'not coming back', 'never coming back', 'leaving', "i'll be cancelling", "i'll be canceling", 'cancelling all', 'canceling all', 'cancelling our', 'canceling our'], note: 'The customer is thinking of leaving.' },
  { id: 'manager', of: 'escalation-request', phrases: ['manager', 'supervisor', 'escalate', 'escalated', 'escalation', 'someone in charge', 'someone senior', 'higher up', 'speak to a human', 'talk to a human', 'real person', 'speak to someone', 'talk to someone', 'your boss', 'head of', 'complaints department', 'formal complaint'], note: 'The customer wants someone with more authority.' },
  { id: 'lawyer', of: 'legal-threat', phrases: ['lawyer', 'attorney', 'solicitor', 'sue', 'suing', 'lawsuit', 'legal action', 'take legal', 'small claims', 'court', 'bbb', 'better business bureau', 'consumer protection', 'trading standards', 'ombudsman', 'ftc', 'attorney general', 'report you', 'chargeback', 'dispute the charge', 'class action'], note: 'Courts, regulators or formal disputes.' },
  { id: 'going-public', of: 'public-shaming', phrases: ['twitter', 'tweet', 'social media', 'facebook', 'instagram', 'tiktok', 'reddit', 'youtube', 'trustpilot', 'yelp', 'google review', 'bad review', 'one star', '1 star', '1-star', 'leave a review', 'write a review', 'tell everyone', 'tell everybody', 'tell all my friends', 'warn others', 'warn people', 'go public', 'going public', 'the press', 'news', 'telling all my friends', 'telling everyone', 'telling everybody', 'tell my friends', 'telling my friends', 'avoid this company', 'avoid you', 'warn everyone', 'review sites', 'posting this everywhere', 'post this everywhere', 'sharing this everywhere', 'share this everywhere', 'go viral', 'going viral'], note: 'The customer means to take the complaint public.' },
  { id: 'insult', of: 'abuse', phrases: ['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'clowns', 'screw you', 'shut up', 'go to hell', 'piss off', 'fuck you', 'fuck off', 'f*** you', 'bitch', 'bastard', 'asshole', 'you suck', 'you people suck'], note: 'Insults aimed at a person, to be met with a respectful boundary.' },
  { id: 'insult-aimed', of: 'abuse', phrases: ['useless', 'pathetic', 'incompetent', 'stupid', 'dumb', 'clueless', 'worthless'], near: { words: ['you', "you're", 'youre', 'u', 'ur', 'your', 'yall', "y'all", 'agent', 'agents', 'staff', 'people', 'employees', 'rep', 'reps', 'guys', 'team'], within: 3 }, note: 'Words that insult when they are aimed at a person ("you are useless") and only describe when aimed at a thing ("the app is useless"), so they count only with a person within three words. Swearing alone ("wtf", "this is crap") is not abuse: it says how bad things are, and is read as frustration or anger.' },
  { id: 'urgent', of: 'urgency', phrases: ['asap', 'urgent', 'urgently', 'immediately', 'right now', 'right away', 'as soon as possible', 'emergency', 'time sensitive', 'time-sensitive', 'critical', 'need it today', 'need this today', 'need it now', 'need this now', 'need it asap', 'by today', 'by tonight', 'today please', 'due today', 'due tonight', 'sorted today', 'fixed today', 'done today', 'within the hour', 'by end of day', 'eod', 'quickly', 'hurry'], note: 'The customer needs it now.' },
]

/**
 * The English detection tables: fitted word weights, hand-written cues and the word lists the rules
 * use. Part of the `en` pack; `detectFeelings` reads it by default.
 *
 * @example
 * import { enDetect } from 'attune/packs/en'
 * enDetect.feelingCues.find((cue) => cue.id === 'fed-up')?.feelings
 * //=> { frustration: 2.6 }
 *
 * @category Packs
 */
export const enDetect: DetectTables = {
  language: 'en',
  lexicon,
  feelingCues,
  negators,
  scopeBreakers,
  negationScope,
  contrast,
  // prettier-ignore
  intensifiers: {
    very: 1.3, so: 1.3, really: 1.3, extremely: 1.5, totally: 1.4, absolutely: 1.5, completely: 1.4, utterly: 1.5,
    super: 1.3, incredibly: 1.5, seriously: 1.3, truly: 1.3, highly: 1.3, too: 1.2, such: 1.2, beyond: 1.4,
    most: 1.2, deeply: 1.4, terribly: 1.4, awfully: 1.4, insanely: 1.5, hugely: 1.4, quite: 1.1, way: 1.2,
    damn: 1.3, freaking: 1.4, fucking: 1.5, bloody: 1.4, sooo: 1.5,
  },
  // prettier-ignore
  softeners: {
    slightly: 0.6, somewhat: 0.7, kinda: 0.7, bit: 0.7, little: 0.7, fairly: 0.8, rather: 0.8, mildly: 0.6,
    barely: 0.5, partly: 0.7, almost: 0.8, maybe: 0.8, possibly: 0.8,
  },
  // prettier-ignore
  acronyms: ['i', 'ok', 'id', 'pin', 'usa', 'uk', 'eu', 'us', 'tv', 'pc', 'ceo', 'faq', 'api', 'url', 'pdf', 'sms', 'gps', 'atm', 'vip', 'dm', 'pm', 'am', 'asap', 'fyi', 'lol', 'omg', 'wtf', 'usb', 'ups', 'dhl', 'fedex', 'usps', 'tbh', 'imo'],
  concernCues,
  signalCues,
  // prettier-ignore
  events: [
    'birthday', 'wedding', 'party', 'flight', 'trip', 'holiday', 'vacation', 'christmas', 'anniversary', 'funeral',
    'graduation', 'exam', 'interview', 'meeting', 'launch', 'presentation', 'event', 'conference', 'surgery',
    'appointment', 'ceremony', 'shower', 'deadline', 'concert', 'recital', 
    'hanukkah', 'eid', 'diwali', 'thanksgiving', 'easter', 'demo',
    'audit',
  ],
  // prettier-ignore
  times: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri',
    'sat', 'sun', 'today', 'tonight', 'tomorrow', 'weekend', 'morning', 'afternoon', 'evening', 'noon', 'midnight',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'eod', 'week',
    'month',
  ],
  // prettier-ignore
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, couple: 2, few: 3,
    several: 3, once: 1, twice: 2, thrice: 3, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
    seventh: 7, eighth: 8, ninth: 9, tenth: 10, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6,
    '7th': 7, '8th': 8, '9th': 9, '10th': 10, half: 0.5,
  },
  // prettier-ignore
  commonWords: [
    'the', 'be', 'to', 'of', 'and', 'a', 'in', 'that', 'have', 'i', 'it', 'for', 'not', 'on', 'with', 'he', 'as',
    'you', 'do', 'at', 'this', 'but', 'his', 'by', 'from', 'they', 'we', 'say', 'her', 'she', 'or', 'an', 'will',
    'my', 'one', 'all', 'would', 'there', 'their', 'what', 'so', 'up', 'out', 'if', 'about', 'who', 'get', 'which',
    'go', 'me', 'when', 'make', 'can', 'like', 'time', 'no', 'just', 'him', 'know', 'take', 'people', 'into',
    'year', 'your', 'good', 'some', 'could', 'them', 'see', 'other', 'than', 'then', 'now', 'look', 'only', 'come',
    'its', 'over', 'think', 'also', 'back', 'after', 'use', 'two', 'how', 'our', 'work', 'first', 'well', 'way',
    'even', 'new', 'want', 'because', 'any', 'these', 'give', 'day', 'most', 'us', 'is', 'are', 'was', 'were',
    'been', 'has', 'had', 'did', 'does', "i'm", "it's", "don't", 'order', 'account', 'please', 'help', 'still',
  ],
  durationUnits: ['second', 'seconds', 'minute', 'minutes', 'mins', 'min', 'hour', 'hours', 'hrs', 'hr', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
}
