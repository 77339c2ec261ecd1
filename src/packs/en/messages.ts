import type { Message } from '../../types/pack'

// The English wording. Keys are stable: a key's variables never change within a major version.
// Reflections name a feeling without judging it; reframes move from blame to the outcome; every
// promise of action names who acts and by when. Phone variants are spoken: short sentences, "..."
// where the agent pauses. Social variants are public: no personal details, a move to private.
// prettier-ignore
export const messages: Record<string, Message> = {
  'greeting.named': { text: 'Hi {name},', vars: { name: 'string' }, variants: { tone: { formal: 'Dear {name},', warm: 'Hi {name},' }, channel: { chat: 'Hi {name}!', phone: 'Hi {name}, thanks for calling.', sms: 'Hi {name},', social: 'Hi {name},' } } },
  'greeting.anonymous': { text: 'Hi there,', vars: {}, variants: { tone: { formal: 'Hello,' }, channel: { chat: 'Hi there!', phone: 'Hi, thanks for calling.', social: 'Hi there,' } } },

  'acknowledge.received': { text: 'Thanks for getting in touch about {topic}.', vars: { topic: 'string' }, variants: { alternatives: ['Thank you for your message about {topic}.'], channel: { sms: 'Got your message about {topic}.', phone: 'Thanks for calling about {topic}.' } } },
  'acknowledge.received-generic': { text: 'Thanks for getting in touch.', vars: {}, variants: { alternatives: ['Thank you for your message.'], channel: { sms: 'Got your message.', phone: 'Thanks for calling.' } } },
  'acknowledge.owner': { text: "I'm {owner}, and I'll look after this until it's resolved.", vars: { owner: 'string' }, variants: { channel: { sms: "I'm {owner} and I'm on it.", phone: "My name is {owner}... and I'll look after this until it's resolved." } } },
  'acknowledge.owner-team': { text: "I'm {owner} from {team}, and I'll look after this until it's resolved.", vars: { owner: 'string', team: 'string' }, variants: { channel: { sms: "I'm {owner} from {team} and I'm on it." } } },
  'acknowledge.urgent': { text: 'I can see this is urgent, so it has my full attention now.', vars: {}, variants: { channel: { sms: 'I know this is urgent.', chat: "I know this is urgent, so I'm on it now." } } },
  'acknowledge.deadline': { text: 'I know you need this in time for {event}, {when}.', vars: { event: 'string', when: 'string' }, variants: { channel: { sms: 'I know you need it for {event}, {when}.' } } },
  'acknowledge.milestone': { text: 'Next step: {what}, by {by, time, short} on {by, date, ::EEEE}.', vars: { what: 'string', by: 'date' }, variants: { channel: { phone: 'The next step is {what}... by {by, time, short} on {by, date, ::EEEE}.', sms: 'Next: {what} by {by, time, short} {by, date, ::EEE}.' } } },
  'acknowledge.updates': { text: "I'll send you updates by {channel}, and you can reply there any time.", vars: { channel: 'string' }, variants: { channel: { sms: 'Updates by {channel}.', chat: "I'll keep you posted by {channel}." } } },

  'reflect.frustration': { text: 'I can hear how frustrating this has been.', vars: {}, variants: { alternatives: ['I can see why this has been so frustrating.'], tone: { formal: 'I understand how frustrating this has been.' } } },
  'reflect.anger': { text: 'I can tell how upsetting this has been.', vars: {}, variants: { alternatives: ['I can see why this has upset you.'], tone: { formal: 'I understand that this has been very upsetting.' } } },
  'reflect.disgust': { text: "That's not what anyone should receive.", vars: {}, variants: { tone: { formal: 'That is not what anyone should receive.' } } },
  'reflect.anxiety': { text: "It sounds like you're worried about how this will turn out.", vars: {}, variants: { alternatives: ['I can hear this has you worried.'], tone: { formal: 'I understand that you are concerned about how this will turn out.' } } },
  'reflect.anxiety.deadline': { text: "It sounds like you're worried it won't be ready in time for {event}, {when}.", vars: { event: 'string', when: 'string' }, variants: { tone: { formal: 'I understand you are concerned it will not be ready in time for {event}, {when}.' } } },
  'reflect.anxiety.money': { text: 'It sounds like the {amount} is weighing on you.', vars: { amount: 'string' }, variants: { tone: { formal: 'I understand the {amount} is a real concern.' } } },
  'reflect.anxiety.access': { text: "Being locked out of your account is worrying, especially when you need it.", vars: {}, variants: { tone: { formal: 'Losing access to your account is worrying, especially when you need it.' } } },
  'reflect.anxiety.safety': { text: "It sounds like this has you worried for your safety, and that matters most.", vars: {}, variants: { tone: { formal: 'I understand this raises a concern for your safety, and that matters most.' } } },
  'reflect.anxiety.privacy': { text: "It sounds like you're worried about who can see your information.", vars: {}, variants: { tone: { formal: 'I understand you are concerned about who can see your information.' } } },
  'reflect.anxiety.livelihood': { text: "I can hear your business is feeling this, and that's a real cost.", vars: {}, variants: { tone: { formal: 'I understand this is affecting your business, and that is a real cost.' } } },
  'reflect.frustration.repeat-contact': { text: "Having to contact us {count, plural, =2 {twice} other {# times}} about the same thing is frustrating, and it shouldn't have come to that.", vars: { count: 'number' }, variants: { tone: { formal: 'Having to contact us {count, plural, =2 {twice} other {# times}} about the same matter is frustrating, and it should not have come to that.' } } },
  'reflect.frustration.waiting': { text: 'Waiting {duration} without an answer is frustrating.', vars: { duration: 'string' }, variants: { tone: { formal: 'Waiting {duration} without an answer is understandably frustrating.' } } },
  'reflect.frustration.transferred': { text: 'Being passed from person to person is exhausting, and you deserved one person who owned this.', vars: {}, variants: { tone: { formal: 'Being transferred between people is tiring, and you deserved one person to own this.' } } },
  'reflect.sadness': { text: "I'm sorry, that sounds really hard.", vars: {}, variants: { tone: { formal: 'I am sorry; that sounds very difficult.' } } },
  'reflect.disappointment': { text: "I can see this isn't what you expected from us.", vars: {}, variants: { alternatives: ["I can see this fell short of what you expected."], tone: { formal: 'I understand this is not what you expected from us.' } } },
  'reflect.embarrassment': { text: "There's nothing to apologise for. This happens more often than you'd think.", vars: {}, variants: { tone: { formal: 'There is no need to apologise; this happens more often than you might think.' } } },
  'reflect.exhaustion': { text: 'It sounds like this has worn you out, so let me take it from here.', vars: {}, variants: { tone: { formal: 'It sounds like this has been exhausting, so allow me to take it from here.' } } },
  'reflect.confusion': { text: "It sounds like what you were told didn't add up.", vars: {}, variants: { alternatives: ['I can see why this is confusing.'], tone: { formal: 'I understand the information you received was unclear.' } } },
  'reflect.surprise': { text: 'I can see this came as a surprise.', vars: {}, variants: { tone: { formal: 'I understand this came as a surprise.' } } },
  'reflect.gratitude': { text: "Thank you, that's kind of you.", vars: {}, variants: { tone: { formal: 'Thank you for your kind words.' } } },
  'reflect.relief': { text: "I'm glad that's a weight off your mind.", vars: {}, variants: { tone: { formal: 'I am glad this has put your mind at rest.' } } },
  'reflect.joy': { text: "That's great to hear.", vars: {}, variants: { alternatives: ["I'm so glad to hear that."], tone: { formal: 'That is very good to hear.' } } },
  'reflect.hope': { text: "I can see you're hoping this works out, and I want it to as well.", vars: {}, variants: { tone: { formal: 'I understand you are hoping for a good outcome, and so am I.' } } },

  'reframe.deadline': { text: 'What matters now is getting this sorted before {when}.', vars: { when: 'string' }, variants: { tone: { formal: 'Our priority now is to resolve this before {when}.' } } },
  'reframe.money': { text: 'What matters now is getting your {amount} back to you.', vars: { amount: 'string' }, variants: { tone: { formal: 'Our priority now is to return your {amount}.' } } },
  'reframe.access': { text: 'What matters now is getting you back into your account.', vars: {}, variants: { tone: { formal: 'Our priority now is to restore your access.' } } },
  'reframe.safety': { text: 'What matters now is your safety: please stop using it until this is sorted.', vars: {}, variants: { tone: { formal: 'Our priority now is your safety: please stop using it until this is resolved.' } } },
  'reframe.privacy': { text: 'What matters now is making sure your information is secure.', vars: {}, variants: { tone: { formal: 'Our priority now is to make sure your information is secure.' } } },
  'reframe.livelihood': { text: 'What matters now is getting your business running again.', vars: {}, variants: { tone: { formal: 'Our priority now is to get your business running again.' } } },
  'reframe.generic': { text: 'What matters now is getting this fixed for you.', vars: {}, variants: { tone: { formal: 'Our priority now is to resolve this for you.' } } },

  'own.promise-broken': { text: "We promised you {what} by {due, date, ::EEEE} and didn't deliver. That's on us.", vars: { what: 'string', due: 'date' }, variants: { tone: { formal: 'We promised you {what} by {due, date, ::EEEE} and did not deliver. That was our failure.' } } },
  'own.promise-pending': { text: "You're still owed {what} by {due, date, ::EEEE}, and I'm keeping track of it.", vars: { what: 'string', due: 'date' } },
  'own.case': { text: "I'm taking this on myself and I'll see it through.", vars: {}, variants: { alternatives: ["This is mine now, and I'll see it through."], tone: { formal: 'I will take personal responsibility for this and see it through.' } } },

  'propose.next-step': { text: "I'll {what}, and I'll update you by {by, time, short} on {by, date, ::EEEE}.", vars: { what: 'string', by: 'date' }, variants: { channel: { phone: "Here's what I'll do... I'll {what}. I'll update you by {by, time, short} on {by, date, ::EEEE}.", sms: "I'll {what} and update you by {by, time, short} {by, date, ::EEE}." } } },
  'propose.options-intro': { text: '{count, plural, one {Here is what I can offer:} other {Here are # options:}}', vars: { count: 'number' }, variants: { channel: { phone: '{count, plural, one {Here is what I can offer...} other {I have # options for you...}}' } } },
  'propose.option': { text: '{label}: {tradeoff}', vars: { label: 'string', tradeoff: 'string' }, variants: { channel: { phone: '{label}... {tradeoff}.' } } },
  'propose.ask': { text: 'Which of these works best for you?', vars: {}, variants: { alternatives: ['Which would you prefer?'], channel: { phone: 'Which of those works best for you?' } } },
  'propose.single': { text: 'The best I can offer right now is {label}: {tradeoff}. Would that work for you?', vars: { label: 'string', tradeoff: 'string' } },
  'propose.call-offer': { text: 'If it is easier to talk it through, I can call you.', vars: {} },
  'propose.move-private': { text: "Please send us a direct message and we'll look into it with you there.", vars: {}, variants: { alternatives: ["Could you send us a direct message? We'll pick it up with you there."] } },

  'tradeoff.fastest': { text: 'fastest, {when}', vars: { when: 'string' } },
  'tradeoff.free': { text: 'no cost to you', vars: {} },
  'tradeoff.free-but-slower': { text: 'no cost to you, but it takes {duration}', vars: { duration: 'string' } },
  'tradeoff.costs': { text: 'costs {amount}', vars: { amount: 'money' } },
  'tradeoff.no-effort': { text: 'nothing for you to do', vars: {} },
  'tradeoff.effort': { text: 'needs {what} from you', vars: { what: 'string' } },
  'tradeoff.takes': { text: 'takes {duration}', vars: { duration: 'string' } },

  'closure.happened': { text: 'What happened: {what}.', vars: { what: 'string' } },
  'closure.changed': { text: "What we've changed: {what}.", vars: { what: 'string' } },
  'closure.prevented': { text: 'So it does not happen again, {how}.', vars: { how: 'string' } },
  'closure.owed': { text: "What you're owed: {what}.", vars: { what: 'string' } },
  'closure.invite': { text: "If anything still isn't right, just reply to this message.", vars: {}, variants: { channel: { sms: 'Anything else? Just reply.', chat: "If anything else comes up, I'm here." }, alternatives: ["If something still isn't right, reply here and I'll pick it up."] } },
  'closure.thanks': { text: 'Thank you for {what}.', vars: { what: 'string' } },

  'boundary.respect': { text: 'I want to help you, and I can do that best if we keep this conversation respectful.', vars: {}, variants: { tone: { formal: 'I want to help, and I can do so best if we keep this conversation respectful.' } } },

  'signoff.named': { text: 'Best,\n{agent}', vars: { agent: 'string' }, variants: { channel: { chat: '{agent}', sms: '{agent}', phone: 'Thanks again for calling. This was {agent}.', social: '{agent}' }, tone: { formal: 'Kind regards,\n{agent}', warm: 'Warmly,\n{agent}' } } },
  'signoff.team': { text: 'Best,\nThe {team} team', vars: { team: 'string' }, variants: { channel: { chat: 'The {team} team', sms: '{team}', phone: 'Thanks again for calling {team}.', social: '{team}' }, tone: { formal: 'Kind regards,\nThe {team} team' } } },
}
