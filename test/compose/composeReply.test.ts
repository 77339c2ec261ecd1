import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade } from '../../src/_lib/readability'
import { CHANNEL_LIMITS, buildRepairPlan, composeReply, definePack, detectFeelings, isAttuneError, reflect, tryComposeReply } from '../../src'
import { deadlineSentence } from '../../src/compose/reframe'
import { en } from '../../src/packs/en'
import { es } from '../../src/packs/es'
import { CHANNELS, composeScenario, scenarios } from './scenarios'

const names = (reading: ReturnType<typeof detectFeelings>): string[] => [...reading.feelings.map((f) => f.feeling), ...reading.concerns.map((c) => c.concern), ...reading.signals.map((x) => x.signal)]

describe('composeReply on every scenario, channel and pack', () => {
  it('has at least 30 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(30))

  for (const scenario of scenarios) {
    for (const pack of [en, es]) {
      it(`${scenario.id} in ${pack.id}: every channel within its length, no placeholder, empathy tied to action`, () => {
        for (const channel of CHANNELS) {
          const reply = composeScenario(scenario, channel, pack)
          const label = `${scenario.id} ${pack.id} ${channel}`
          expect(reply.text.trim().length, label).toBeGreaterThan(0)
          expect(reply.text, label).not.toMatch(/\{|\}|undefined|NaN|\[object/)
          const limit = CHANNEL_LIMITS[channel]
          if (limit !== undefined) expect(reply.text.length, label).toBeLessThanOrEqual(limit)
          for (const part of reply.parts) {
            expect(reply.text.slice(part.span.start, part.span.end), label).toBe(part.text)
            expect(part.text.trim().length, label).toBeGreaterThan(0)
          }
          // Empathy with nothing behind it is hollow: a reflection comes with a next step or options,
          // unless the customer was only thanking us.
          const kinds = reply.parts.map((p) => p.kind)
          if (kinds.includes('reflect') && scenario.id !== 'delighted') expect(kinds.some((k) => k === 'next-step' || k === 'options' || k === 'ask'), label).toBe(true)
          if (channel === 'social') {
            expect(reply.text, label).not.toContain(scenario.input.customer?.name?.split(' ')[0] ?? '\u0000')
            expect(kinds.includes('options'), label).toBe(false)
          }
          if (channel === 'chat') expect(kinds.includes('sign-off'), label).toBe(false)
          if (channel === 'email' && kinds.includes('options')) expect(reply.text, label).toMatch(/\n- /)
        }
      })
    }
  }

  it('reads at grade 8 or lower in chat, SMS and social (Flesch-Kincaid, English)', () => {
    const grades: number[] = []
    for (const scenario of scenarios) {
      for (const channel of ['chat', 'sms', 'social'] as const) {
        const { grade } = fleschKincaidGrade(composeScenario(scenario, channel).text)
        grades.push(grade)
        expect(grade, `${scenario.id} ${channel}`).toBeLessThanOrEqual(8)
      }
    }
    expect(grades.length).toBe(scenarios.length * 3)
  })
})

describe('composeReply', () => {
  it('matches the docs example', () => {
    expect(
      composeReply({
        message: "This is the third time I'm asking. My daughter's party is Saturday!",
        nextStep: { what: 'call the courier', by: '2026-11-20T21:00:00Z' },
        customer: { name: 'Dana' }, agent: { name: 'Sam' }, channel: 'chat', timeZone: 'America/Chicago',
      }).text,
    ).toBe("Hi Dana!\nHaving to contact us 3 times about the same thing is frustrating, and it shouldn't have come to that. I know you need this in time for your daughter's party, Saturday. I'm taking this on myself and I'll see it through. I'll call the courier, and I'll update you by 3:00 PM on Friday.")
  })

  it('owns an overdue promise first', () => {
    const reply = composeScenario(scenarios.find((s) => s.id === 'broken-promise')!, 'email')
    expect(reply.parts[1]).toMatchObject({ kind: 'own', text: "We promised you a call back by Tuesday and didn't deliver. That's on us." })
    expect(reply.warnings).toContain('promise-owned')
  })

  it('sets a respectful boundary with an abusive message, and still helps', () => {
    const reply = composeScenario(scenarios.find((s) => s.id === 'abusive')!, 'email')
    expect(reply.parts.map((p) => p.kind)).toContain('boundary')
    expect(reply.parts.map((p) => p.kind)).toContain('next-step')
  })

  it('never offers a call to a customer who cannot take one', () => {
    const input = { message: 'Third time asking, I was transferred twice!', nextStep: { what: 'fix it', by: '2026-11-20T21:00:00Z' }, channel: 'email' as const }
    expect(composeReply(input).text).toContain('I can call you')
    // Not to a customer who writes to say it is put right.
    expect(composeReply({ message: 'Thanks so much, after 3 calls it is finally sorted.', channel: 'email' }).text).not.toContain('call you')
    expect(composeReply({ ...input, customer: { accessibility: ['no-phone'], consent: { personalize: true } } }).text).not.toContain('call you')
  })

  it('removes emoji for a screen reader and uses plain wordings for plain language', () => {
    const pack = { ...en, messages: { ...en.messages, 'reflect.frustration': { text: 'That is frustrating 😞', vars: {} } } }
    const input = { message: 'So frustrating!!', nextStep: { what: 'fix it', by: '2026-11-20T21:00:00Z' }, channel: 'chat' as const, pack }
    expect(composeReply(input).text).toContain('😞')
    expect(composeReply({ ...input, customer: { accessibility: ['screen-reader'], consent: { personalize: true } } }).text).not.toMatch(/\p{Extended_Pictographic}/u)
    const plain = composeReply({ ...input, pack: en, customer: { accessibility: ['plain-language'], consent: { personalize: true } } })
    expect(plain.parts.find((p) => p.kind === 'reflect')?.text).toBe('This has been frustrating for you.')
    expect(plain.text).not.toMatch(/see it through|on us|weight off/)
    const plainEs = composeReply({ ...input, pack: es, customer: { accessibility: ['plain-language'], consent: { personalize: true } } })
    expect(plainEs.parts.find((p) => p.kind === 'reflect')?.text).toBe('Esto ha sido frustrante para ti.')
  })

  it('says it heard a request for a manager, promises nothing about it, and hands it to the caller and the case note', () => {
    const nextStep = { what: 'check the order with the warehouse', by: '2026-11-25T15:00:00Z' }
    for (const message of ['I want to speak to a manager. This is ridiculous.', 'Please escalate this, my order is two weeks late.', 'Put me through to your supervisor now.']) {
      const reply = composeReply({ message, channel: 'email', nextStep })
      expect(reply.parts.filter((p) => p.kind === 'acknowledge').map((p) => p.text), message).toContain("I understand you'd like this escalated.")
      expect(reply.warnings, message).toContain('escalation-requested')
      // Taking the case on oneself would turn the request down without saying so.
      expect(reply.parts.some((p) => p.kind === 'own'), message).toBe(false)
      expect(reply.note, message).toContain('asked for this to be escalated')
    }
    const calm = composeReply({ message: 'My order is two weeks late.', channel: 'email', nextStep })
    expect(calm.warnings).not.toContain('escalation-requested')
    expect(calm.parts.some((p) => p.kind === 'own')).toBe(true)
    // In plain language, and in another pack.
    const plain = composeReply({ message: 'I want to speak to a manager.', channel: 'chat', nextStep, customer: { accessibility: ['plain-language'], consent: { personalize: true } } })
    expect(plain.text).toContain('I know you want someone more senior to look at this.')
    expect(composeReply({ message: 'I want to speak to a manager.', channel: 'chat', nextStep, pack: es }).text).toContain('alguien con más responsabilidad')
  })

  it('hears a customer who says they are leaving, and still reframes to what they are owed', () => {
    const nextStep = { what: 'close the account and confirm by email', by: '2026-11-25T15:00:00Z' }
    const leaving = composeReply({ message: "Honestly I'm done. Close my account, I'm switching to another provider.", channel: 'email', nextStep })
    expect(leaving.text).toContain("I understand you've decided to leave.")
    expect(leaving.text).not.toContain('What matters now is getting this fixed')
    expect(leaving.warnings).toContain('customer-leaving')
    expect(leaving.note).toContain('said they are leaving or cancelling')
    const owed = composeReply({ message: 'I was charged $89 after I cancelled. Refund me and close my account.', channel: 'email', nextStep })
    expect(owed.text).toContain('What matters now is getting your $89 back to you.')
    expect(owed.text).toContain("I understand you've decided to leave.")
    // A threat made as a condition is a reason to fix things, not a goodbye.
    const threat = composeReply({ message: "If this isn't fixed by Friday I'm cancelling my subscription.", channel: 'email', nextStep })
    expect(threat.text).toContain('What matters now is getting this sorted before Friday.')
    expect(threat.text).not.toContain('decided to leave')
    expect(threat.warnings).not.toContain('customer-leaving')
    expect(composeReply({ message: 'Cancel my subscription now.', channel: 'chat', nextStep, pack: es }).text).toContain('Entiendo que has decidido irte.')
  })

  it('offers condolences after a death, and never promises to "fix" a loss', () => {
    const nextStep = { what: 'close the account and stop all charges', by: '2026-11-25T15:00:00Z' }
    const bereaved = composeReply({ message: 'My husband passed away last month and I need to close his account.', channel: 'email', nextStep })
    expect(bereaved.parts.find((p) => p.kind === 'reflect')?.text).toBe("I'm so sorry for your loss.")
    expect(bereaved.parts.find((p) => p.kind === 'reframe')?.text).toBe('What matters now is making this as easy for you as we can.')
    // Sadness the customer names leads over frustration read from "never arrived" beside it.
    expect(composeReply({ message: "I'm gutted, the concert tickets never arrived and the show was last night.", channel: 'chat' }).text).toContain('putting right what we can')
    const missed = composeReply({ message: "Flight cancelled with no notice, I missed my sister's wedding. I'm gutted.", channel: 'email', nextStep })
    expect(missed.parts.find((p) => p.kind === 'reframe')?.text).toBe('What matters now is putting right what we can.')
    expect(missed.text).not.toContain('getting this fixed')
    // A concern of theirs is still what matters: their money back.
    const owed = composeReply({ message: "I'm heartbroken, you charged me $40 twice for the flowers for my mum's funeral.", channel: 'email', nextStep })
    expect(owed.text).toContain('getting your $40 back to you')
    const plain = composeReply({ message: 'My husband passed away last month and I need to close his account.', channel: 'chat', nextStep, customer: { accessibility: ['plain-language'], consent: { personalize: true } } })
    expect(plain.text).toContain('I am very sorry for your loss.')
    expect(composeReply({ message: 'My husband passed away last month.', channel: 'chat', nextStep, pack: es }).text).toContain('Siento mucho tu pérdida.')
    // Cancelling after a death is not leaving us.
    const cancelling = composeReply({ message: 'My wife passed away in March. Please cancel my subscription to her magazine.', channel: 'email', nextStep })
    expect(cancelling.text).toContain('What matters now is making this as easy for you as we can.')
    expect(cancelling.text).not.toContain('decided to leave')
  })

  it('reflects worry in the sense the concern was raised: a service down is no lock-out, a lost job no business', () => {
    const down = composeReply({ message: "The app is down and I'm anxious, nothing loads.", channel: 'chat' }).text
    expect(down).not.toContain('locked out')
    expect(down).toContain("you're worried")
    const cut = composeReply({ message: "My internet was disconnected and I'm worried, I work from home", channel: 'chat' }).text
    expect(cut).not.toMatch(/locked out|into your account/)
    expect(cut).toContain('working for you again')
    const hardship = composeReply({ message: "I lost my job last month and I'm worried I can't pay this bill.", channel: 'chat' }).text
    expect(hardship).toContain("I'm sorry, that's a lot to be dealing with.")
    expect(hardship).toContain('finding a way through this that works for you')
    expect(hardship).not.toMatch(/business|back on track/)
    // A pack without the hardship wording falls back to the plain worry, never to another sense's.
    const without = { ...en, messages: Object.fromEntries(Object.entries(en.messages).filter(([key]) => key !== 'reflect.anxiety.hardship')) }
    expect(reflect(detectFeelings("I lost my job last month and I'm worried I can't pay this bill."), { pack: without })?.key).toBe('reflect.anxiety')
  })

  it('names a worry about a danger as one for safety, whatever kind of danger, and asks nothing of one only mentioned', () => {
    for (const message of ["There's a strong smell of gas since your engineer left. What should I do?", "I'm terrified, I can smell gas in the kitchen", "Emergency - the gas smell is back and it's really strong."]) {
      const reply = composeReply({ message, channel: 'chat' })
      expect(reply.text, message).toContain('It sounds like this has you worried for your safety.')
      expect(reply.text, message).toContain('please leave the property')
      expect(reply.text, message).not.toContain('how this will turn out')
    }
    expect(reflect(detectFeelings('I believe he had just recently got his learners permit and the kid ran a red light.'))).toBeNull()
  })

  it('meets thanks for a problem the customer says is sorted, even after a long wait, and not thanks with a request', () => {
    for (const message of ['Thank you Priya, you sorted it in five minutes after two weeks of nobody helping!', 'I changed my password yesterday and it works now, thanks.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/What matters now/)
      expect(text, message).toMatch(/thank/i)
    }
    for (const message of ["Thanks. Please get it fixed, I've been waiting two weeks.", "Thanks, but it still isn't fixed after two weeks."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting this fixed')
    }
  })

  it('turns to the money owed back when no sum is named, unless the refund is good news or only asked after', () => {
    for (const message of ['driver took a massive detour and charged me double. Want a refund', 'Two weeks and still no refund.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('What matters now is getting your money back to you.')
    }
    expect(composeReply({ message: 'Wow. I did not expect a refund that quickly. Really impressed with how you handled it.', channel: 'chat' }).text).not.toContain('money back')
    expect(composeReply({ message: 'Hey, no rush at all, but when you get a chance could you check whether my refund went through?', channel: 'chat' }).text).toContain('a clear answer')
    expect(composeReply({ message: 'Two weeks and still no refund.', channel: 'chat', pack: es }).text).toContain('Lo importante ahora es devolverte tu dinero.')
  })

  it('promises no money back once the customer says the refund came, and names what is still wrong', () => {
    // The refund came; the complaint is the wait: the wait is named, nothing is promised.
    for (const message of ["Got my refund, but I'm still annoyed it took six weeks.", 'Thank you for the refund. It took six weeks, which is far too long.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/money back|getting this fixed|kind of you/)
      expect(text, message).toMatch(/frustrating/)
    }
    // Something else still wrong keeps its reframe; a refund still awaited, asked after or beside a
    // new charge is still the money to get back.
    expect(composeReply({ message: 'Thanks for sorting the refund, but the app is still broken.', channel: 'chat' }).text).toContain('getting this fixed for you')
    for (const message of ["I haven't got my refund yet, it's been six weeks.", 'Has my refund arrived? I was charged twice.', 'Thanks for the refund but I was charged twice again this month.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting your money back to you')
    }
  })

  it('says back that a request is urgent when no date is named, but not beside a request to escalate', () => {
    expect(composeReply({ message: 'I need this fixed urgently, I have a medical appointment online at 10.', channel: 'chat' }).text).toContain("I know this is urgent, so I'm on it now.")
    expect(composeReply({ message: 'Please help asap, the app won\'t let me pay.', channel: 'email' }).text).toContain('I can see this is urgent, so it has my full attention now.')
    const escalated = composeReply({ message: 'Let me talk to your supervisor right now.', channel: 'chat' }).text
    expect(escalated).toContain("I understand you'd like this escalated.")
    expect(escalated).not.toContain('urgent')
    // A named date is said back instead.
    expect(composeReply({ message: 'I need this fixed urgently before Friday.', channel: 'chat' }).text).not.toContain('urgent')
    // Beside good news, only a word of urgency says it: a time or "fast" in thanks asks for nothing.
    for (const message of ['Thank you very much for fast answer, problem is solve now.', '@Tesco your delivery driver was so lovely to my nan today, please pass on our thanks']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toContain('urgent')
    }
    expect(composeReply({ message: 'Thanks! Please send it asap.', channel: 'chat' }).text).toContain('I know this is urgent')
  })

  it("turns to the customer's data when a message is about a scam, not to what the scam claims", () => {
    for (const message of ["I'm so worried, I've had a text saying my account has been suspended and to click a link.", 'I got an email saying my account is locked, is this genuine?', "@Lloyds I just got a text saying my account is frozen and to call a number. is this really you? I'm worried"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is making sure your information is secure.')
      expect(text, message).not.toContain('back into your account')
    }
    // A lost login with a worry about a break-in is still about getting back in.
    expect(composeReply({ message: "I can't log in and I'm worried someone has hacked my account.", channel: 'chat' }).text).toContain('getting you back into your account')
  })

  it('meets money taken without the customer\'s say as a worry for their money and an account to secure, not a leak of their information', () => {
    for (const message of ["@BankSupport someone has taken £400 out of my account and it wasn't me", "There's a payment to an online store I've never heard of on my statement.", 'There are three payments on my card I don\'t recognise, all to a gaming site in Malta. I think I\'ve been hacked.', "I'm scared to use my card now after the fraud. How do I know it won't happen again?"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('I can see why this has you worried about your money. What matters now is making your account secure.')
      expect(text, message).not.toMatch(/who can see your information/)
    }
    // A leak, someone else's bill, or an account opened in the customer's name is their information.
    for (const message of ['Someone leaked my address to a debt collector.', "I think there's been a mistake, I've been sent a bill for someone else's account.", "Hello, I received a letter saying I owe £1,200 but I've never had an account with you.", "Someone opened a credit card in my name using your service. I'm terrified."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is making sure your information is secure.')
      expect(text, message).not.toMatch(/your account secure|about your money/)
    }
    // A pack without the two sentences falls back to the information's.
    const without = { ...en, messages: Object.fromEntries(Object.entries(en.messages).filter(([key]) => !key.endsWith('.fraud'))) }
    const fallback = composeReply({ message: "There's a payment to an online store I've never heard of on my statement.", channel: 'chat', pack: without }).text
    expect(fallback).toContain("It sounds like you're worried about who can see your information. What matters now is making sure your information is secure.")
  })

  it('meets a worn-out customer with that, a self-blaming one without blame, and speed told as praise with no urgency', () => {
    // Worn out, the customer hears that first, not the count of their contacts.
    const tired = composeReply({ message: "I'm so tired of chasing this. Six emails and three calls. I have nothing left.", channel: 'chat' }).text
    expect(tired).toContain('worn you out')
    expect(tired).not.toContain('9 times')
    // Frustrated, they hear the count, added up over the ways they got in touch.
    expect(composeReply({ message: "I've made five calls and left 2 voicemails about this refund.", channel: 'chat' }).text).toContain('contact us 7 times')
    const idiot = composeReply({ message: '@O2 I feel like such an idiot, I think I gave my PIN to a scammer on the phone', channel: 'chat' }).text
    expect(idiot).toContain("There's nothing to apologise for.")
    expect(idiot).not.toContain('put in such an embarrassing position')
    expect(composeReply({ message: 'The parcel arrived within the hour, thank you', channel: 'chat' }).text).not.toContain('urgent')
    // Beside a livelihood at stake, the worry leads the frustration of lost trade.
    expect(composeReply({ message: "I can't afford another month of this, my business is losing customers.", channel: 'chat' }).text).toContain('your business is feeling this')
    // A legal threat told calmly is met as the complaint it is.
    expect(composeReply({ message: "I'm reporting you to trading standards.", channel: 'chat' }).text).toContain('frustrating')
  })

  it('reads tweets as a customer would: money back for a double charge or a cancelled service, an answer for a price rise, no good news in sarcasm', () => {
    expect(composeReply({ message: '@Walmart your self checkout charged me twice for the same item', channel: 'social' }).text).toContain('getting your money back')
    for (const message of ['@Spectrum my bill went up $20 and nobody told me why', 'Why has my bill gone up £15 without any warning?', 'My bill went up £20 this month and nobody told me why, this is ridiculous']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/back to you/)
      // A rise wants its reason, not a fix.
      expect(text, message).toContain('getting you a clear answer')
    }
    // A price that doubled is a rise too, not a charge made twice.
    expect(composeReply({ message: "Really let down by the renewal price, it's doubled with no new features.", channel: 'chat' }).text).toContain('getting you a clear answer')
    // Unless the customer cannot afford it: then a way through.
    expect(composeReply({ message: "My direct debit has gone up by £30 without warning, I can't afford this", channel: 'chat' }).text).toContain('finding a way through this')
    // A charge for what the customer cancelled is money owed back.
    for (const message of ['Why am I being charged for a service I cancelled?', "you're still billing me after I cancelled"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting your money back to you')
    }
    const sarcastic = composeReply({ message: '@VirginTrains no wifi, no seats, no air con. great start to the week', channel: 'chat' }).text
    expect(sarcastic).not.toContain('great to hear')
    expect(sarcastic).toContain('frustrating')
  })

  it('says a duration back in lower case when it opened the customer\'s sentence, written out, and meets a worried question with an answer', () => {
    const text = composeReply({ message: 'Posting this publicly since you ignore my DMs. Three weeks and still no refund.', channel: 'chat' }).text
    expect(text).toContain('Having to wait three weeks is frustrating.')
    expect(composeReply({ message: 'Five days without hot water. I have two young children.', channel: 'chat' }).text).not.toContain('Five days')
    // Shorthand is written out, and a unit after a count of more than one is plural.
    expect(composeReply({ message: 'this is a joke. 2 hrs on hold and then they hang up', channel: 'chat' }).text).toContain('Having to wait 2 hours is frustrating.')
    expect(composeReply({ message: 'hi my order not arrive yet, it is 3 week now. please help', channel: 'chat' }).text).toContain('wait 3 weeks')
    expect(composeReply({ message: 'im so stressed, rent is due tmrw and ur app wont let me transfer', channel: 'chat' }).text).toContain('before tomorrow')
    for (const message of ["I'm nervous about giving my bank details over the phone, is there another way?", 'Is it normal for the new boiler to make a banging noise?', 'please tell me my ticket is still valid?']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting you a clear answer')
    }
  })

  it('does not say "in time for your appointment" to a customer who is cancelling or moving it', () => {
    // Nor to one who asks whether it is still on.
    for (const message of ['Can you confirm my appointment is still on for Tuesday at 2pm?', 'Could you please confirm whether my appointment on Thursday is still going ahead?']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toContain('in time for')
    }
    expect(composeReply({ message: "I ordered a gift for my daughter's birthday and it still hasn't shipped. Her party is on Saturday!", channel: 'chat' }).text).toContain("in time for your daughter's birthday")
    for (const message of ['I need to cancel my appointment on Thursday, can we rebook for next week?', 'Can I reschedule my appointment on Friday?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toContain('in time for')
      expect(text, message).toMatch(/before (?:Thursday|Friday)/)
    }
    expect(composeReply({ message: 'I have an appointment on Thursday and my car is still at your garage.', channel: 'chat' }).text).toContain('in time for the appointment, Thursday')
  })

  it('answers the complaint in a message that mixes praise and complaint, and never sends a greeting alone', () => {
    for (const message of ['Great phone, terrible battery life.', "Your app is brilliant when it works, which isn't often lately.", "Thanks for the quick reply, but that doesn't actually answer my question."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/great to hear|kind of you/)
      expect(text, message).toContain('frustrating')
    }
    const chased = composeReply({ message: "Appreciate the refund, though it would've been nice not to have to chase it three times.", channel: 'chat' }).text
    expect(chased).toContain('Having to contact us 3 times about the same thing is frustrating')
    expect(chased).not.toMatch(/great to hear|money back/)
  })

  it('meets a wait told with praise and nothing bad felt as good news, with nothing to fix', () => {
    for (const message of ['Love it! Waited 2 weeks but worth it.', 'Brilliant service, waited two days for the engineer and he was lovely.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      // (Praise of the engineer is thanked; praise of the product is good news.)
      expect(text, message).toMatch(/That's great to hear\.|Thank you, that's kind of you\./)
      expect(text, message).not.toContain('What matters now')
    }
    expect(composeReply({ message: 'Great, waited 2 weeks and still nothing.', channel: 'chat' }).text).toContain('getting this fixed for you')
  })

  it("meets the customer's own slip with no fix to promise: a request is done, a question answered", () => {
    expect(composeReply({ message: 'I ordered the wrong size, sorry! Can I exchange it?', channel: 'chat' }).text).toContain('getting this done for you')
    expect(composeReply({ message: 'Honestly I\'m so embarrassed, I put the wrong address on my order. Can it still be changed?', channel: 'chat' }).text).toContain('a clear answer')
  })

  it("turns to everyone's safety when the person at risk is in the writer's family", () => {
    expect(composeReply({ message: "My elderly mum's oxygen supply delivery is late and she runs out tonight.", channel: 'chat' }).text).toContain('making sure everyone is safe')
    expect(composeReply({ message: "I've run out of my blood pressure tablets and the prescription was due yesterday.", channel: 'chat' }).text).toContain("making sure you're safe")
    const kids = composeReply({ message: 'The installer left exposed wires on the roof and the inverter is beeping. Is this safe? My kids play in the garden under it.', channel: 'chat' }).text
    expect(kids).toContain('worried for their safety')
    expect(kids).not.toContain('your safety')
    // Anyone at all at risk, not the one writing.
    const pothole = composeReply({ message: "The council still hasn't fixed the pothole I reported in March. Someone's going to get hurt.", channel: 'chat' }).text
    expect(pothole).toContain('worried for their safety')
    expect(pothole).toContain('making sure everyone is safe')
  })

  it('meets surprise at a wait as frustration with the wait, and turns to fixing it', () => {
    const wow = composeReply({ message: "Wow. Just wow. Three hours for a 'quick' repair.", channel: 'chat' }).text
    expect(wow).toContain('Having to wait three hours is frustrating.')
    expect(wow).toContain('getting this fixed for you')
    expect(wow).not.toContain('surprise')
    // So is surprise at a charge, which is no good news to be glad of: the money is turned to.
    const charge = composeReply({ message: 'Wow. Just wow. Charged for a cancelled flight and no refund.', channel: 'chat' }).text
    expect(charge).toContain('frustrating')
    expect(charge).toContain('getting your money back to you')
    expect(charge).not.toContain('surprise')
    expect(composeReply({ message: 'Wow, I did not expect a refund that quickly. Really impressed', channel: 'chat' }).text).toContain('great to hear')
    // Relief after a passing worry, with surprise read first ("omg"), is met as relief.
    expect(composeReply({ message: 'omg thank god its arrived, was panicking it wouldnt come in time', channel: 'chat' }).text).toContain("I'm glad that's a weight off your mind.")
  })

  it('names the end of a month as the customer wrote it, with or without "the"', () => {
    expect(composeReply({ message: "We're reviewing alternatives. If SSO isn't fixed by end of month we will not renew.", channel: 'chat' }).text).toContain('before end of month')
    expect(composeReply({ message: 'I need it by the end of the week.', channel: 'chat' }).text).toContain('before the end of the week')
    // "This month" is not a time to be before: its end is.
    const month = composeReply({ message: 'I need the replacement this month, please.', channel: 'chat' }).text
    expect(month).toContain('before the end of this month')
    // Money "leaving my account this month" sets no limit.
    expect(detectFeelings('I have noticed two payments of £79.99 leaving my account this month for a membership I cancelled.').concerns.map((c) => c.concern)).not.toContain('deadline')
  })

  it('says "today", never "before today" or "before this morning"; "the day after tomorrow" whole', () => {
    const payroll = composeReply({ message: "Payroll didn't run last night and 40 of my staff haven't been paid. I need this fixed this morning.", channel: 'chat' }).text
    expect(payroll).toContain('today')
    expect(payroll).not.toContain('before this morning')
    expect(composeReply({ message: "I need the parcel the day after tomorrow at the latest for my son's birthday", channel: 'chat' }).text).toContain('the day after tomorrow')
    const ack = composeReply({ message: 'I am a freelance photographer and your storage outage means I cannot deliver a client gallery due today.', channel: 'chat' }).text
    expect(ack).toContain('I know you need this today.')
    expect(ack).not.toContain('before today')
    expect(deadlineSentence({ pack: es }, { when: 'today' }, 'reframe').text).toBe('Lo importante ahora es resolverlo hoy mismo.')
    expect(deadlineSentence({}, { when: 'Friday' }, 'reframe').text).toBe('What matters now is getting this sorted before Friday.')
  })

  it('does not name disappointment beside a danger', () => {
    const text = composeReply({ message: 'The charger you sold me caught fire last night. My son could have been hurt. I want a full refund and an explanation.', channel: 'chat' }).text
    expect(text).not.toContain("isn't what you expected")
    expect(text).toContain('please stop using it')
    expect(reflect(detectFeelings('Really disappointed, the box was dented when it arrived.'))?.feeling).toBe('disappointment')
    expect(reflect(detectFeelings('Really disappointed, the charger sparked when I plugged it in.'))).toBeNull()
  })

  it('never says "in time for your flight" when the flight is what was cancelled', () => {
    const text = composeReply({ message: "My flight was cancelled and my sister gets married tomorrow, I'm panicking.", channel: 'chat' }).text
    expect(text).not.toContain('your flight')
    expect(text).toContain('before tomorrow')
    expect(composeReply({ message: 'Fingers crossed the replacement arrives before Christmas!', channel: 'chat' }).text).toContain('before Christmas')
    // Nor "in time for" an event already missed; one still ahead is.
    for (const message of ["Because of your delay I missed my sister's wedding on Saturday.", '@Zoom your outage cost me a job interview today. Thanks a lot']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/in time for/)
    }
    expect(composeReply({ message: "If this isn't fixed I'll miss my flight tomorrow.", channel: 'chat' }).text).toContain('in time for your flight, tomorrow')
  })

  it('does not tell a customer who asks to be put through that they were passed around', () => {
    for (const message of ['Can you put me through to someone in billing?', 'put me through to a human please']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/passed from person to person/)
    }
    expect(composeReply({ message: 'I was put through to billing who put me back through to support, this is ridiculous', channel: 'chat' }).text).toMatch(/passed from person to person/)
  })

  it('keeps what the customer needs to hear in plain language, and leaves out only the formula', () => {
    const input = { message: 'I need the dress for my sister\'s wedding on Saturday and it has not arrived.', channel: 'email' as const, nextStep: { what: 'chase the courier', by: '2026-11-20T21:00:00Z' } }
    const plain = composeReply({ ...input, customer: { accessibility: ['plain-language'], consent: { personalize: true } } })
    // The deadline is read as a worry (an order not arrived before an event), and the plain reply
    // still names the event and the day.
    expect(plain.text).toContain("You are worried it will not be ready for your sister's wedding, Saturday.")
    expect(plain.text).toContain('before Saturday')
    expect(plain.text).not.toContain('Thanks for getting in touch')
  })

  it('uses the preferred name only with consent', () => {
    const input = { message: 'Hello', channel: 'email' as const, customer: { name: 'Dana Whitfield', preferredName: 'Dee' } }
    expect(composeReply(input).parts[0]?.text).toBe('Hi Dana,')
    expect(composeReply({ ...input, customer: { ...input.customer, consent: { personalize: true } } }).parts[0]?.text).toBe('Hi Dee,')
  })

  it('writes a case note for the next agent, with the customer\'s pronouns only with consent', () => {
    const input = { message: "This is the third time I'm contacting you and I was transferred twice. My daughter's party is Saturday!", nextStep: { what: 'call the courier', by: '2026-11-20T21:00:00Z' }, channel: 'email' as const, timeZone: 'America/Chicago' }
    expect(composeReply({ ...input, customer: { name: 'Dana', pronouns: 'she/her', consent: { personalize: true } } }).note).toBe(
      "Dana has contacted us 3 times about this. She was transferred twice. She needs it in time for her daughter's party, Saturday. She has been told we will call the courier by 3:00 PM on Friday.",
    )
    expect(composeReply({ ...input, customer: { name: 'Alex', pronouns: 'they/them', consent: { personalize: true } } }).note).toContain('They were transferred twice. They need it in time for their daughter')
    expect(composeReply({ ...input, customer: { name: 'Sam', pronouns: 'xe/xem', consent: { personalize: true } } }).note).toContain('Sam was transferred twice.')
    expect(composeReply({ ...input, customer: { name: 'Dana', pronouns: 'she/her' } }).note).toContain('Dana was transferred twice.')
    expect(composeReply({ ...input, pack: es, customer: { name: 'Dana', pronouns: 'she/her', consent: { personalize: true } } }).note).toContain('Dana nos ha contactado 3 veces por esto.')
    expect(composeReply({ message: 'Thanks!', channel: 'chat' }).note).toBeUndefined()
  })

  it('says a deadline given as a span ahead as "within", never "before in nine days"', () => {
    const reading = detectFeelings('Our wedding is in nine days and the dresses are still processing.')
    expect(reading.concerns.find((c) => c.concern === 'deadline')?.detail).toEqual({ event: 'Our wedding', when: 'in nine days', within: 'nine days' })
    // With the event, the deadline is said with it; without one, as a span to get it done within.
    const text = composeReply({ message: 'Our wedding is in nine days and the dresses are still processing.', channel: 'email' }).text
    expect(text).toContain('in time for your wedding, in nine days')
    expect(text).not.toMatch(/before in /)
    const bare = composeReply({ message: "It has to arrive in nine days and it's still processing.", channel: 'email' }).text
    expect(bare).toContain('within nine days')
    expect(bare).not.toMatch(/before in /)
    expect(composeReply({ message: 'I need the dress by Friday for the wedding', channel: 'chat' }).text).toContain('in time for the wedding, Friday')
    expect(composeReply({ message: 'I need the dress by Friday', channel: 'chat' }).text).toContain('before Friday')
  })

  it('says a deadline without an event once, after a reframe to something else, without a second "what matters now"', () => {
    const message = "My insulin runs out tonight and the pharmacy still hasn't sent the prescription."
    const concerns = names(detectFeelings(message))
    expect(concerns).toEqual(expect.arrayContaining(['safety', 'deadline']))
    for (const channel of ['email', 'sms', 'chat'] as const) {
      const text = composeReply({ message, channel }).text
      expect(text).toContain("making sure you're safe")
      expect(text).toMatch(/I know you need (this|it) before tonight\./)
      expect(text.match(/What matters now/g)).toHaveLength(1)
    }
    const within = composeReply({ message: 'I need my medication within 2 days or I will run out completely.', channel: 'email' }).text
    expect(within).toContain('I know you need this within 2 days.')
    expect(within.match(/What matters now/g)).toHaveLength(1)
    // Alone, the deadline is still the reframe.
    expect(composeReply({ message: 'I need the dress by Friday', channel: 'email' }).text).toContain('What matters now is getting this sorted before Friday.')
    // A date the customer says was due is gone by: no "sorted before Monday".
    expect(composeReply({ message: "My parcel hasn't arrived, it was due Monday.", channel: 'email' }).text).not.toMatch(/before Monday/)
    expect(composeReply({ message: 'My rent is due Monday and the refund still has not arrived.', channel: 'email' }).text).toMatch(/Monday/)
    // "sat" is a Saturday only after a lead ("by Sat"), not in "has been sat at the depot".
    const sat = composeReply({ message: "The parcel has been sat at the depot for a week and I'm flying out on Thursday.", channel: 'email' }).text
    expect(sat).toContain('before Thursday')
    expect(sat).not.toMatch(/before sat/i)
    expect(composeReply({ message: 'Can it arrive by Sat?', channel: 'email' }).text).toContain('before Sat.')
  })

  it('asks a customer to stop using a product only when the product is the hazard', () => {
    expect(composeReply({ message: 'The charger sparked and started smoking.', channel: 'chat' }).text).toContain('please stop using it')
    const driver = composeReply({ message: 'The driver was drunk and drove dangerously, I felt unsafe the whole ride.', channel: 'chat' }).text
    expect(driver).toContain("making sure you're safe")
    expect(driver).not.toContain('stop using')
    expect(names(detectFeelings('The hotel room smelled of smoke.'))).not.toContain('safety')
    // Broken glass and sewage are dangers in the home, not a product to put down.
    for (const message of ['The glass table arrived shattered. There are shards all over my living room and I have a toddler.', 'The changing rooms were filthy and the showers smelled of sewage.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text).toContain("making sure you're safe")
      expect(text).not.toContain('stop using')
    }
  })

  it('answers a plain question without calling it confusing or promising a fix', () => {
    expect(reflect(detectFeelings('Do you ship to Canada?'))).toBeNull()
    const text = composeReply({ message: 'Do you ship to Canada?', channel: 'chat' }).text
    expect(text).toContain('a clear answer')
    expect(text).not.toMatch(/confusing|fixed/)
    // A question of when after thanks in a thread wants an answer, not "getting this done"; a request
    // put as a question is still done.
    const when = composeReply({
      conversation: [
        { role: 'customer', text: 'I was charged twice for my order.' },
        { role: 'agent', text: "I've refunded the duplicate charge of £24.99." },
        { role: 'customer', text: 'Thanks but when will I see it?' },
      ],
      channel: 'chat',
    }).text
    expect(when).toContain('a clear answer')
    // So does a wish to know, told without a question mark.
    expect(composeReply({ message: "I'd like to know why my claim was rejected.", channel: 'chat' }).text).toContain('a clear answer')
    expect(composeReply({ message: "Let me know when it's back in stock", channel: 'chat' }).text).toContain('getting this done')
    expect(composeReply({ message: 'I ordered the wrong size, silly me. Can I swap it for a medium?', channel: 'chat' }).text).toContain('getting this done')
    // Praise of the team, told to them, is thanked, even when the fitted words read no feeling in
    // it; praise beside a problem still turns to the problem.
    for (const message of ["You've been so helpful.", 'The agent I spoke to was so helpful.', "Brilliant, you've been a great help."]) {
      const reply = composeReply({ message, channel: 'chat' }).text
      expect(reply, message).toContain("Thank you, that's kind of you.")
      expect(reply, message).not.toMatch(/What matters now/)
    }
    expect(composeReply({ message: "You've been brilliant but the parcel is still missing.", channel: 'chat' }).text).toMatch(/frustrating/)
    expect(composeReply({ message: "You're not very helpful.", channel: 'chat' }).text).not.toMatch(/kind of you/)
    // A customer who sorted it themselves hears that we are glad, not an offer to get it done; asked
    // whether it is sorted, they get an answer.
    for (const message of ['nvm found it', 'ignore me, sorted it', 'Never mind, I found it in my spam folder.']) {
      const reply = composeReply({ message, channel: 'chat' }).text
      expect(reply, message).toContain("I'm glad that's sorted.")
      expect(reply, message).not.toMatch(/What matters now/)
    }
    expect(composeReply({ message: 'Is my account all sorted now?', channel: 'chat' }).text).not.toMatch(/glad/)
    // Relief beside an apology for the fuss: nothing is left to get done. Relief beside a new problem
    // still turns to it.
    for (const message of ['Phew, the parcel turned up this morning after all. Sorry for the panic!', 'Phew, it turned up! Sorry for the fuss.']) {
      const reply = composeReply({ message, channel: 'chat' }).text
      expect(reply, message).toContain('nothing to apologise for')
      expect(reply, message).not.toMatch(/What matters now/)
    }
    expect(composeReply({ message: 'Phew, it turned up! Sorry for the panic. But the lid is broken.', channel: 'chat' }).text).toMatch(/What matters now/)
    expect(composeReply({ message: "I still haven't found it", channel: 'chat' }).text).not.toMatch(/glad/)
    // Nor a polite "wondering" as a surprise (GoEmotions' raters read "I was wondering" as surprise).
    for (const question of ['Hi, just wondering if my order has shipped yet? Thanks!', 'Hi, I was wondering if you could help me change my delivery address?']) {
      expect(detectFeelings(question).feelings.map((f) => f.feeling)).toContain('surprise')
      const reply = composeReply({ message: question, channel: 'chat' }).text
      expect(reply, question).not.toMatch(/surprise/)
    }
    // Surprise beside a bad feeling the pack's cues name is exasperation: the bad feeling is named.
    const rude = composeReply({ message: "I can't believe how rude your driver was. He threw the parcel at my door and swore at me.", channel: 'chat' }).text
    expect(rude).not.toMatch(/surprise/)
    expect(rude).toMatch(/frustrat|upsetting/)
    // Surprise told in the pack's words is still named.
    expect(composeReply({ message: 'Wait, you\'re telling me my order shipped to Canada? I live in Ohio!', channel: 'chat' }).text).toMatch(/surprise/)
    // A question that asks to know something is answered, not "done", whatever words around it lean
    // away from curiosity; a question that asks for something to be done is done.
    for (const question of ['is there a student discount?', 'Hello, could you tell me what time the Leeds store closes today?', 'Do you have allergy information for the cake?']) {
      const reply = composeReply({ message: question, channel: 'chat' }).text
      expect(reply, question).toContain('a clear answer')
      expect(reply, question).not.toMatch(/confusing/)
    }
    expect(composeReply({ message: 'Can I change my seat to an aisle one?', channel: 'chat' }).text).toContain('getting this done for you')
    expect(reflect(detectFeelings('So the refund is approved? Yay!'))?.feeling).toBe('joy')
    expect(reflect(detectFeelings("I'm so confused, where did the search go?"))?.feeling).toBe('confusion')
  })

  it('meets relief after a worry with the relief, and turns to nothing left to fix', () => {
    const message = 'I was so nervous about the surgery kit arriving in time, and it came this morning. Thank you so much, you have no idea what a relief this is.'
    expect(reflect(detectFeelings(message))?.feeling).toBe('relief')
    const text = composeReply({ message, channel: 'chat' }).text
    expect(text).not.toMatch(/worried|What matters now|before this morning/)
    // "it came this morning" is when it happened, not a deadline; "you have no idea" is not confusion.
    expect(names(detectFeelings(message))).not.toContain('deadline')
    expect(names(detectFeelings(message))).not.toContain('confusion')
  })

  it('names a worry beside a danger before the frustration around it', () => {
    const message = 'The smoke alarm you installed keeps going off for no reason at 3am and my elderly mother is terrified.'
    const reading = detectFeelings(message)
    expect(reading.primary).toBe('frustration')
    expect(names(reading)).toContain('anxiety')
    expect(reflect(reading)?.feeling).toBe('anxiety')
    // With no danger, the stronger frustration is named.
    expect(reflect({ ...reading, concerns: reading.concerns.filter((c) => c.concern !== 'safety') })?.feeling).toBe('frustration')
    // So is a worry beside an event's date: the worry is about the date.
    const trip = composeReply({ message: "My son's school trip is on Friday and his passport still hasn't arrived. We're panicking.", channel: 'chat' }).text
    expect(trip).toContain("It sounds like you're worried it won't be ready in time for your son's school trip, Friday.")
    expect(trip).not.toMatch(/frustrating/)
  })

  it('finds nothing to fix in a wait that is over or a problem the customer says is sorted', () => {
    for (const message of ['Love the new app, no more waiting on hold!', "Brilliant, that's sorted it, I was on hold for ages before."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/What matters now|Waiting/)
    }
    // A question whether it is sorted still gets an answer.
    expect(composeReply({ message: 'Is my account all sorted now?', channel: 'chat' }).text).toMatch(/What matters now/)
  })

  it('does not take "thanks in advance" or a polite request for gratitude or confusion', () => {
    const reading = detectFeelings('Could you please confirm whether my replacement card has been posted? Thanks in advance.')
    expect(names(reading)).not.toContain('gratitude')
    expect(reflect(reading)).toBeNull()
  })

  it("says the customer's event back whole: a son's school trip, not a bare 'trip'", () => {
    const text = composeReply({ message: "I really hope you can help. My son's school trip is on Monday and his passport application is stuck.", channel: 'email' }).text
    expect(text).toContain("your son's school trip")
    expect(text).not.toMatch(/for trip\b/)
  })

  it('sets thanks and hope aside as courtesy when the customer raised a problem, and turns to the problem', () => {
    const email = 'Hi team,\n\nI was charged $89.00 twice for order 448812. Please refund the duplicate.\n\nThanks,\nMaria\n\nSent from my iPhone'
    const text = composeReply({ message: email, channel: 'email' }).text
    expect(text).toContain('getting your $89.00 back to you')
    expect(text).not.toMatch(/kind of you|thank you/i)
    const blocked = composeReply({ message: 'Please help, my account is blocked and I cannot login. I need it for my work.', channel: 'chat' }).text
    expect(blocked).not.toMatch(/hoping/)
    expect(blocked).toMatch(/back into your account|back on track/)
    // With nothing to put right, thanks are still met with thanks; so are thanks for something
    // done, whatever it was about ("the refund", "the late fee").
    expect(composeReply({ message: 'Thank you so much for sorting this out so quickly!', channel: 'chat' }).text).toMatch(/kind of you|thank/i)
    for (const message of ['Thanks for the refund!', 'Thank you for waiving the late fee, that really helped this month.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text).toMatch(/kind of you/)
      expect(text).not.toMatch(/what matters now/i)
    }
    // Thanks for something beside a problem still give way to the problem.
    expect(composeReply({ message: "Thanks for the quick reply, but the refund still hasn't arrived.", channel: 'chat' }).text).toMatch(/frustrating/)
    // So do thanks for a reply, with the problem in a sentence of its own.
    const persists = composeReply({ message: 'Thanks for getting back to me. Unfortunately the problem is still there.', channel: 'chat' }).text
    expect(persists).toMatch(/frustrating/)
    expect(persists).not.toMatch(/kind of you/)
    // Thanks for a reply with nothing wrong are still met with thanks.
    expect(composeReply({ message: 'Thanks for getting back to me so quickly, really appreciate it.', channel: 'chat' }).text).toMatch(/kind of you/)
  })

  it('turns to the question when the customer thanks ahead of the answer, and meets no thanks with thanks', () => {
    // A question is met with an answer, a request ("Can I order another one?") with getting it done.
    for (const [message, promise] of [['Can you confirm if the export includes archived projects? Thanks', 'a clear answer'], ['Thanks so much! Can I order another one in blue?', 'getting this done for you']] as const) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/kind of you|thank/i)
      expect(text, message).toContain(promise)
    }
    // Joy beside a question is still met, and the question still answered.
    const text = composeReply({ message: 'Loving the new dashboard! Is there a dark mode?', channel: 'chat' }).text
    expect(text).toMatch(/great to hear/)
    expect(text).toContain('a clear answer')
  })

  it('meets a problem the customer says is put right with thanks, not with a promise to fix it', () => {
    for (const message of ['The refund came through this morning. Thank you!', 'Got my refund today, thanks so much!', 'Rider support was brilliant, the refund came through in minutes. Thank you!']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toMatch(/kind of you/)
      expect(text, message).not.toMatch(/what matters now/i)
    }
    // Not yet put right: still a problem to fix.
    for (const message of ["My refund still hasn't come through", 'I never got my refund']) {
      expect(names(detectFeelings(message)), message).not.toContain('relief')
      expect(composeReply({ message, channel: 'chat' }).text, message).toMatch(/what matters now/i)
    }
  })

  it("meets a bereaved customer's complaint with sympathy, never with 'this came as a surprise'", () => {
    const message = "I can't believe you've charged my late father's account again after I sent the death certificate twice."
    const reading = detectFeelings(message)
    expect(reading.primary).toBe('sadness')
    expect(names(reading)).toContain('money')
    expect(names(reading)).not.toContain('surprise')
    const text = composeReply({ message, channel: 'email' }).text
    expect(text).toMatch(/sorry/)
    expect(text).not.toMatch(/surprise/)
  })

  it('does not meet a faint joy beside a problem with "great to hear": a valid ticket is no good news', () => {
    const message = "You fined me £70 for parking but I had a valid ticket on the dashboard. I've attached a photo."
    expect(composeReply({ message, channel: 'email' }).text).not.toMatch(/great to hear/)
    // Joy said outright beside a small problem is still met.
    expect(composeReply({ message: "I absolutely love this app, it's brilliant! But the font is a bit small on my tablet.", channel: 'email' }).text).toMatch(/great to hear|glad/)
    // Beside a failure the pack's cues name at 0.5 or more (a double charge), the complaint is met.
    const charged = composeReply({ message: "I absolutely love this app, it's brilliant! But I was charged twice this month.", channel: 'email' }).text
    expect(charged).toMatch(/frustrating/)
    expect(charged).not.toMatch(/great to hear/)
  })

  it('says sorry for a wait the customer measured when it names no feeling, in private channels only', () => {
    expect(composeReply({ message: "I've been waiting a week for my order.", channel: 'chat' }).text).toContain("I'm sorry you've had to wait a week.")
    expect(composeReply({ message: 'Submitted my claim six weeks ago and have heard absolutely nothing.', channel: 'email' }).text).toContain('wait six weeks')
    expect(composeReply({ message: "I've been waiting a week for my order.", channel: 'chat', tone: 'formal' }).text).toContain('I apologise that you have had to wait a week.')
    // detectFeelings reads mild frustration from the measured wait alone; the customer did not say
    // it, so the reply does not name it, and a question in the message is still answered.
    const asked = "Good morning. Could you please confirm whether my replacement card has been posted? It's been ten days. Thanks in advance."
    expect(detectFeelings(asked).feelings.map((f) => f.feeling)).toContain('frustration')
    const polite = composeReply({ message: asked, channel: 'chat' }).text
    expect(polite).toContain("I'm sorry you've had to wait ten days.")
    expect(polite).toContain('getting you a clear answer')
    expect(polite).not.toMatch(/frustrat/)
    // Nor the worry it reads from a wait before a time with no event: the wait is said sorry for, and
    // the reply turns to the time. A worry about an event is named.
    const flying = 'The parcel has been sat at the depot for a week and I\'m flying out on Thursday.'
    expect(detectFeelings(flying).primary).toBe('anxiety')
    const beforeThursday = composeReply({ message: flying, channel: 'chat' }).text
    expect(beforeThursday).toContain("I'm sorry you've had to wait a week. What matters now is getting this sorted before Thursday.")
    expect(beforeThursday).not.toMatch(/worried/)
    expect(composeReply({ message: 'Please help, my wedding dress hasn\'t arrived and the wedding is in 4 days', channel: 'chat' }).text).toContain("It sounds like you're worried it won't be ready in time for the wedding, in 4 days.")
    // Locked out before an event, the worry is that it won't be sorted in time; an urgent plea before
    // one is met as urgent, with the event said back.
    const flight = "@easyJet the app won't let me check in and the flight is in 2 hours"
    expect(detectFeelings(flight).primary).toBe('anxiety')
    expect(composeReply({ message: flight, channel: 'chat' }).text).toContain("It sounds like you're worried this won't be sorted in time for the flight, in 2 hours.")
    // Locked out before a time with no event, the worry is the lock-out's.
    expect(composeReply({ message: "Help!! I've been locked out of my account and my payroll runs at 5pm today!!", channel: 'chat' }).text).toContain('Being locked out of your account is worrying, especially when you need it.')
    const visa = composeReply({ message: 'I need this sorted urgently, my visa appointment is tomorrow.', channel: 'chat' }).text
    expect(visa).toContain('I know you need this in time for your visa appointment, tomorrow.')
    expect(visa).not.toMatch(/worried/)
    // A public reply quotes no detail of the customer's.
    expect(composeReply({ message: "I've been waiting a week for my order.", channel: 'social' }).text).not.toMatch(/week|sorry/)
    // With frustration named, the reflection says the wait (once).
    const named = composeReply({ message: "I've been waiting a week for my order and I'm so frustrated.", channel: 'chat' }).text
    expect(named).toContain('Having to wait a week is frustrating.')
    expect(named).not.toContain('sorry')
  })

  it('says back words the customer wrote in capitals without the capitals', () => {
    const month = composeReply({ message: 'I HAVE BEEN WAITING FOR MY REFUND FOR A MONTH', channel: 'chat' }).text
    expect(month).toContain('Having to wait a month is frustrating.')
    expect(month).not.toMatch(/MONTH/)
    expect(composeReply({ message: "I'VE BEEN WAITING 3 WEEKS FOR MY REFUND, THIS IS RIDICULOUS", channel: 'email' }).text).toContain('Having to wait 3 weeks is frustrating.')
    // Day names keep their capital letter.
    expect(composeReply({ message: "WHERE IS MY ORDER, IT'S FOR MY DAUGHTER'S PARTY ON SATURDAY", channel: 'email' }).text).toContain("in time for your daughter's party, Saturday.")
  })

  it('thanks the patience a customer offers ("no rush", "take your time") instead of calling it good news', () => {
    for (const message of ['No problem at all, take your time.', "It's fine, no rush, whenever you get a chance.", 'No rush, the wrong colour came.', "I'm happy to wait, just let me know when it's back in stock."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain("that's kind of you")
      expect(text, message).not.toMatch(/great to hear/)
    }
    // A problem told as small is still a problem to sort, with no joy read into it.
    const small = composeReply({ message: 'The wrong size arrived, no big deal, just need to swap it.', channel: 'chat' }).text
    expect(small).not.toMatch(/great to hear|frustrating/)
    expect(small).toContain('getting this done for you')
    // Joy said outright beside the patience is still met.
    expect(composeReply({ message: 'Loving the new dashboard! No rush on the dark mode.', channel: 'chat' }).text).toMatch(/great to hear/)
  })

  it('hears praise words in a request as a wish, not as good news ("it would be great if ...")', () => {
    for (const message of ['It would be great if you could call me back, my order is a week late.', "It'd be nice to get a reply at some point.", 'It would be very helpful if you could send the invoice again.']) {
      for (const channel of ['chat', 'email'] as const) expect(composeReply({ message, channel }).text, message).not.toMatch(/great to hear|glad/i)
    }
    // So is a wish told with "would love" or "I'd love": a request, not good news.
    for (const message of ['I would love a refund', "I'd love to know why my parcel is late", 'My local paper would love this story.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/great to hear|glad/i)
    }
    expect(composeReply({ message: 'I would love a refund', channel: 'chat' }).text).toContain('getting your money back to you')
    // "sorted" wished for is no relief: it is what the customer asks for.
    const sorted = composeReply({ message: "Hi, I've been overcharged by £12.40 on my last bill. Not a big deal but would like it sorted.", channel: 'chat' }).text
    expect(sorted).not.toMatch(/glad/)
    expect(sorted).toContain('getting your £12.40 back to you')
    expect(composeReply({ message: "Great, that's sorted now, thanks!", channel: 'chat' }).text).not.toMatch(/getting/)
    // Praise said plainly is still met, beside a wish too.
    expect(composeReply({ message: 'Really pleased with the new router, speeds are way better now.', channel: 'chat' }).text).toMatch(/great to hear/)
    expect(composeReply({ message: 'We would love to come back next year, the staff were wonderful', channel: 'chat' }).text).toMatch(/great to hear|kind of you/)
    // "Love how ..." told of a concern is sarcasm; told of nothing wrong, praise.
    expect(composeReply({ message: "Love how I've been charged a cancellation fee for a booking YOU cancelled.", channel: 'chat' }).text).not.toMatch(/great to hear/)
    expect(composeReply({ message: 'I love how easy the new app is', channel: 'chat' }).text).toMatch(/great to hear/)
    // Nor is a wry laugh good news; a laugh beside praise or thanks is still met.
    for (const message of ['lol my parcel has been sent to Scotland, I live in Cornwall', '@SpotifyCares lol your shuffle is NOT random, it plays the same 10 songs']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/great to hear/)
    }
    expect(composeReply({ message: "lol thanks, that's brilliant", channel: 'chat' }).text).toMatch(/great to hear|kind of you/)
    // Nor is a "yes" that only assents; a "yes" with news, or exclaimed, is still met.
    for (const message of ['Yes please', 'Yes please!', "yes that's right", 'yes']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/great to hear/)
      expect(text, message).toContain('What matters now')
    }
    for (const message of ['Yes, it arrived!', 'Yes!!']) expect(composeReply({ message, channel: 'chat' }).text, message).toMatch(/great to hear/)
  })

  it('meets an apology for asking without saying "this happens more often than you\'d think"', () => {
    const asked = composeReply({ message: 'Sorry to bother you, I just wanted to ask if you ship to Ireland?', channel: 'chat' }).text
    expect(asked).toContain("There's nothing to apologise for, and I'm glad you got in touch.")
    expect(asked).not.toMatch(/more often/)
    // Shame at asking is an apology for asking, not embarrassment we caused; embarrassment from what
    // happened still hears sympathy.
    const ashamed = composeReply({ message: "I'm embarrassed to ask, but is there any way to pay the fees in instalments?", channel: 'chat' }).text
    expect(ashamed).toContain("There's nothing to apologise for, and I'm glad you got in touch.")
    expect(ashamed).not.toMatch(/embarrassing position/)
    expect(composeReply({ message: 'Honestly embarrassed, my card got declined at the till in front of my colleagues.', channel: 'chat' }).text).toMatch(/embarrassing position/)
    // A slip owned is still told it happens often.
    for (const message of ['Sorry, I entered the wrong address. Can you change it?', "I'm sorry to be a pain but I think I've locked myself out of my account after too many attempts."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toMatch(/happens more often/)
    }
    // Beside a wait, the apology is courtesy and the wait is what the reply meets.
    const chasing = composeReply({ message: "Sorry to bother you again. I replied to your last message but haven't heard anything for over a week.", channel: 'chat' }).text
    expect(chasing).toContain('wait a week')
    expect(chasing).not.toMatch(/apologise/)
  })

  it('answers a question about a charge rather than promising the money back', () => {
    for (const message of ['Why was I charged £20 this month?', 'Can you explain why I was charged £20?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/back to you/)
      expect(text, message).toContain('a clear answer')
    }
    // Money the customer wants back is still named.
    expect(composeReply({ message: 'You charged me £20 for nothing, I want it back!', channel: 'chat' }).text).toContain('getting your £20 back to you')
    // Nor a sum named as a threshold.
    expect(composeReply({ message: 'Why do I have to pay extra for delivery when I ordered over £50?', channel: 'chat' }).text).not.toContain('£50')
    // One of several payments is not the money owed: "your money".
    const both = composeReply({ message: 'I have noticed two payments of £79.99 leaving my account for a membership I cancelled. Please refund both payments.', channel: 'chat' }).text
    expect(both).toContain('getting your money back to you')
    expect(both).not.toContain('£79.99')
    // A question about paying, with nothing wrong in it, wants an answer, not a fix; a request, to be done.
    expect(composeReply({ message: 'Can I pay by bank transfer instead of card?', channel: 'chat' }).text).toContain('a clear answer')
    // A question that only asks for the thing to be put right wants it fixed, not an answer.
    expect(composeReply({ message: "Since yesterday's release our dashboard takes over a minute to load and some charts are blank. Can you look at this urgently?", channel: 'chat' }).text).toContain('getting this fixed for you')
    expect(composeReply({ message: 'Could you check whether my refund went through?', channel: 'chat' }).text).toContain('a clear answer')
    // So does a question whether a refund can be had: the reply does not promise one.
    for (const message of ['Can I get a refund if I cancel within 14 days?', 'Is it possible to get a full refund on this?']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('a clear answer')
    }
    expect(composeReply({ message: 'I was charged twice, can I get a refund?', channel: 'chat' }).text).toContain('getting your money back to you')
    // "refund??" alone after what went wrong asks for the money back; alone, it is a question.
    expect(composeReply({ message: 'ordered on the app, waited 25 mins, then told they ran out of fries. refund??', channel: 'chat' }).text).toContain('getting your money back to you')
    expect(composeReply({ message: 'Refund?', channel: 'chat' }).text).toContain('a clear answer')
    expect(composeReply({ message: 'Please send the invoice to accounts@example.com.', channel: 'chat' }).text).toContain('getting this done for you')
    // A customer who says they do not understand the money wants the answer, not a fix; unless
    // their information is at stake beside it.
    for (const message of ["I don't understand my bill, what is this £8.50 charge?", "My account shows a balance of -£400, I don't understand how.", "My grandson set up this account for me and I don't understand any of it. Can someone explain how to see my bill?"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting you a clear answer')
    }
    expect(composeReply({ message: 'Why did I receive another customer’s invoice with their full name and home address on it?', channel: 'chat' }).text).toContain('making sure your information is secure')
  })

  it('answers a how-to question without calling it confusing', () => {
    for (const message of ['How do I reset my voicemail PIN?', 'My new card arrived, how do I activate it?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/confusing/)
      expect(text, message).toContain('a clear answer')
    }
    // Confusion the customer names is still named.
    expect(composeReply({ message: 'how do i even get a refund from you people, this is so confusing', channel: 'chat' }).text).toMatch(/confusing/)
  })

  it('meets praise and then the problem told after "but", not the praise alone', () => {
    for (const message of ['@NetflixHelps love the new season but the subtitles are out of sync on every episode', "I absolutely love this app, it's brilliant! But the font is a bit small on my tablet.", 'Hey team, loving the new dashboard! One small thing: the export button seems to be missing on Safari.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toMatch(/great to hear/)
      expect(text, message).toContain('What matters now is')
    }
    // A small thing the customer likes is no turn.
    expect(composeReply({ message: 'Love the app. One thing I love is the dark mode.', channel: 'chat' }).text).not.toContain('What matters now is')
  })

  it('hears praise said first and alone, then a lost account or data, as sarcasm, not good news', () => {
    for (const message of ['Great, the new update deleted all my saved playlists.', "Brilliant, my account's been locked again."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/great to hear|glad/)
    }
    // So is praise said first and alone, then a bad feeling the words read ("wrong").
    const bill = composeReply({ message: 'Fantastic. Another bill with the wrong name on it.', channel: 'chat' }).text
    expect(bill).not.toMatch(/great to hear/)
    expect(bill).toMatch(/frustrating/)
    // Praise first and then thanks or plans is still met.
    expect(composeReply({ message: "Perfect, I'll wait for the engineer then.", channel: 'chat' }).text).toMatch(/great to hear/)
  })

  it('turns from praise to a lost login told after "but", and is glad of a fault told as put right', () => {
    const login = composeReply({ message: 'Love the app! But the update broke my login.', channel: 'email' }).text
    expect(login).toContain('getting you back into your account')
    expect(login).not.toMatch(/great to hear|glad/)
    expect(composeReply({ message: "Amazing, the wifi was down all morning but it's working now.", channel: 'email' }).text).toMatch(/great to hear|glad that's sorted/)
  })

  it('tells a customer who smells gas what to do at once, in their language', () => {
    const message = 'I smell gas in the kitchen since your engineer fitted the new boiler this morning.'
    expect(composeReply({ message, channel: 'email' }).text).toMatch(/leave the property, don't use switches or flames, and call the gas emergency number from outside/)
    expect(composeReply({ message, channel: 'email', pack: es }).text).toMatch(/emergencias del gas/)
    // A gas supply that is off is no leak.
    expect(composeReply({ message: 'Our gas has been off since Monday and the house is freezing.', channel: 'email' }).text).not.toMatch(/smell gas/)
  })

  it('turns a locker or door that will not open to getting it working, not to an account', () => {
    const text = composeReply({ message: "Brilliant, the parcel locker won't open and the code has expired.", channel: 'email' }).text
    expect(text).toContain('getting this working for you again')
    expect(text).not.toMatch(/account|great to hear/)
  })

  it('does not answer a faint bad feeling read from a word alone when nothing is wrong, and does beside a trouble', () => {
    const request = composeReply({ message: "Please don't send me any more emails.", channel: 'email' })
    expect(detectFeelings("Please don't send me any more emails.").feelings.map((f) => f.feeling)).toEqual(['frustration'])
    expect(request.text).not.toMatch(/frustrating/)
    expect(request.text).toContain('getting this done for you')
    expect(composeReply({ message: 'Never had a problem with you until now, but this is a mess.', channel: 'chat' }).text).toContain('frustrating')
    // Nor beside a plain request to cancel, which is no trouble.
    const cancel = composeReply({ message: "I'd like to cancel my subscription please. Nothing wrong, just don't use it enough.", channel: 'chat' }).text
    expect(cancel).not.toMatch(/frustrating/)
    expect(cancel).toContain("I understand you've decided to leave.")
    // Something gone wrong told in words the pack gives no feeling ("keeps buffering", "an empty box")
    // is to be fixed, not done.
    for (const message of ['@hulu_support show keeps buffering every 5 seconds, unwatchable', '@AmazonHelp ordered a phone case and received an empty box lol', '@AppleSupport the screen on my new macbook has a dead pixel right in the middle. bought it last week']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting this fixed for you')
    }
    // Thanks for easing a hard time are thanks: the bad word is about the week. With a turn after the
    // thanks, the hard time is the complaint.
    expect(composeReply({ message: "I'm so grateful for your help today, you've made a horrible week a bit easier.", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: 'Thank you, but this has been an awful week.', channel: 'chat' }).text).not.toContain('kind of you')
    // A bare "Thanks." before a verdict on us is curt: the verdict is met.
    for (const message of ['Thanks. Worst service ever.', 'Cheers. Absolutely terrible service as usual.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toContain('kind of you')
    }
    expect(composeReply({ message: "Thanks. Really appreciate it, it's been an awful week.", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Nor thanks for nothing named after something gone wrong: the complaint is met. A story told
    // with thanks is thanked.
    const broken = composeReply({ message: 'My order arrived broken. Thanks a lot.', channel: 'chat' }).text
    expect(broken).not.toContain('kind of you')
    expect(broken).toContain('frustrating')
    expect(composeReply({ message: 'Your staff at the airport were incredibly kind when my daughter got lost. Thank you.', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Nor a faint surprise from a word ("forgot").
    expect(composeReply({ message: 'lol they forgot the chicken in my chicken burrito', channel: 'chat' }).text).not.toMatch(/surprise|clear answer/)
    // Something put right with no worry told of is met as sorted, not as a weight off the mind.
    expect(composeReply({ message: 'Can you stop the engineer coming tomorrow? The problem fixed itself.', channel: 'email' }).text).toMatch(/glad that's sorted/)
    for (const message of ['nvm sorted it myself', 'figured it out, ignore my last email']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("I'm glad that's sorted.")
    }
    expect(composeReply({ message: "I was so worried but it arrived in time, what a relief", channel: 'chat' }).text).toContain('weight off your mind')
    // A worry told as past beside thanks and nothing else bad is no worry to meet; beside something
    // still wrong it is.
    expect(composeReply({ message: "Thank you! I was so worried, you're a star.", channel: 'chat' }).text).not.toMatch(/worried|fixed/)
    expect(composeReply({ message: 'Thanks. I was so worried and still nobody has called.', channel: 'chat' }).text).toContain('worried')
    // A worry told as over, beside thanks for something done, is relief: no worry met, nothing to fix.
    for (const message of ['Thanks so much for sorting it so quickly, I was really worried.', "Thank you for fixing my boiler, I was so worried we'd be cold all weekend.", 'I was nervous about ordering online but it went really smoothly.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toMatch(/glad that's sorted|weight off your mind|great to hear/)
      expect(text, message).not.toMatch(/worried|getting this fixed/)
    }
    // A worry still felt is met, thanks or not; and "I was charged" is no feeling gone by.
    expect(composeReply({ message: "Thanks for getting back to me. I'm really worried about my order.", channel: 'chat' }).text).toContain('worried')
    expect(composeReply({ message: 'Thanks for the refund but I was charged twice again this month.', channel: 'chat' }).text).toContain('getting your money back to you')
    // A worry gone by beside a trouble still felt: the trouble is met.
    expect(composeReply({ message: "Thank you for the replacement, I was so worried, but the box was damaged again and I'm annoyed.", channel: 'chat' }).text).toContain('getting this fixed for you')
    expect(composeReply({ message: "Third email this week. If I don't hear back by Friday I'm going to my bank for a chargeback.", channel: 'email' }).text).toMatch(/contact us 3 times about the same thing is frustrating/)
  })

  it('meets an illness told of with sympathy, and hears no urgency in what the customer cannot face "right now"', () => {
    const text = composeReply({ message: "My son was diagnosed with cancer last month and I need to pause our contract. I can't deal with this right now.", channel: 'chat' }).text
    expect(text).toContain("I'm sorry, that sounds really hard.")
    expect(text).not.toMatch(/urgent/)
    expect(composeReply({ message: 'Please can you move my booking to next month? My mum is in hospital.', channel: 'email' }).text).toContain("I'm sorry, that sounds really hard.")
    // A plea to deal with it now is urgent; a message with no illness in it hears no sympathy for one.
    expect(composeReply({ message: 'I need someone to deal with this right now.', channel: 'chat' }).text).toMatch(/urgent/)
    expect(composeReply({ message: 'Please can you move my booking to next month?', channel: 'chat' }).text).not.toMatch(/sorry/)
  })

  it('meets surprise at how "you" treated the customer as outrage, and a slip told with "the wrong" as the customer\'s own', () => {
    const outrage = composeReply({ message: "I can't believe you'd treat a loyal customer like this. Shocking.", channel: 'chat' }).text
    expect(outrage).not.toMatch(/surprise/)
    expect(outrage).toContain('I can tell how upsetting this has been.')
    expect(composeReply({ message: "I can't believe it's December already.", channel: 'chat' }).text).toMatch(/surprise/)
    expect(composeReply({ message: 'Shocked to see a £400 bill this month when I normally pay £60.', channel: 'chat' }).text).toMatch(/surprise/)
    const slip = composeReply({ message: "How embarrassing, I've been trying to log in with the wrong email all along!", channel: 'chat' }).text
    expect(slip).not.toMatch(/embarrassing position/)
    expect(slip).toContain('No problem at all')
  })

  it('thanks back a customer whose only joy is a face beside their thanks', () => {
    expect(composeReply({ message: 'thx 👍', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Or the very word of thanks: "cheers" leans to joy as well.
    expect(composeReply({ message: 'Cheers for the speedy reply, really helpful.', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    const asked = composeReply({ message: 'Hiya, quick one: is it possible to pause my subscription over the summer rather than cancel? Cheers, Amy', channel: 'chat' }).text
    expect(asked).not.toMatch(/great to hear/)
    expect(asked).toContain('getting you a clear answer')
    expect(composeReply({ message: 'Love it 😍 thanks', channel: 'chat' }).text).toContain("That's great to hear.")
  })

  it('hears no let-down in what the customer missed themselves', () => {
    for (const message of ['@ParcelforceUK can you redeliver tomorrow? I missed the driver today', 'I missed the delivery, can I rebook?', 'Sorry I missed my appointment yesterday, I got the days mixed up. Can I rebook?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/expected/)
      expect(text, message).not.toMatch(/fixed/)
    }
    // A miss the customer puts down to us is still a let-down.
    expect(composeReply({ message: 'I missed my appointment because your bus never came', channel: 'chat' }).text).toMatch(/frustrating|expected/)
    // A request after an @mention is one too.
    expect(composeReply({ message: '@O2 can you dm me, I need help with my bill', channel: 'chat' }).text).toContain('getting this done for you')
  })

  it('names no frustration for a customer\'s apology for their English', () => {
    const text = composeReply({ message: 'Sorry my english is not good. I want cancel my subscription.', channel: 'chat' }).text
    expect(text).not.toMatch(/frustrat/)
    expect(text).toContain("I understand you've decided to leave.")
    // "my bad english" owns no slip: the apology is met as one for writing.
    expect(composeReply({ message: 'sorry for my bad english, the parcel not arrive', channel: 'chat' }).text).toContain("There's nothing to apologise for, and I'm glad you got in touch.")
    // A complaint beside the apology is still heard.
    expect(composeReply({ message: 'Excuse my poor english, my order is broken', channel: 'chat' }).text).toMatch(/frustrating/)
  })

  it('meets a slip the customer owns with "I ... the wrong" as theirs, not as a frustration with us', () => {
    const chat = (message: string) => composeReply({ message, channel: 'chat' }).text
    for (const message of ['Whoops, I sent £500 to the wrong account number. Is there any way to get it back?', 'lol I was pressing the wrong button the whole time, ignore me 🤦', "Oops, I uploaded the wrong document. Here's the correct one."]) {
      expect(chat(message), message).toContain("No problem at all, this happens more often than you'd think.")
      expect(chat(message), message).not.toMatch(/frustrat/)
    }
    // Not a wrong thing done to the customer, nor a slip beside a complaint.
    for (const message of ['I was sent the wrong size', 'I called and was given the wrong information.', 'I ordered a medium and you sent the wrong one.', "I picked the wrong date and now you won't change it, this is ridiculous"]) {
      expect(chat(message), message).not.toContain('No problem at all')
    }
  })

  it('does not say "great to hear" when the only joy is a word beside a feeling the customer states', () => {
    const text = composeReply({ message: 'Kinda sad the old map is gone tbh, it was my favourite.', channel: 'chat' }).text
    expect(text).not.toContain('great to hear')
    expect(text).toContain("I'm sorry")
    expect(composeReply({ message: 'Best pizza I have had in ages, and it arrived piping hot.', channel: 'chat' }).text).toContain("That's great to hear.")
  })

  it('meets an ill wish on us as anger, not as hope', () => {
    const text = composeReply({ message: 'You are a bunch of thieving scumbags and I hope your company goes bust.', channel: 'chat' }).text
    expect(text).not.toMatch(/hoping/)
    expect(text).toContain('I can tell how upsetting this has been.')
    expect(composeReply({ message: 'I hope your team can sort this out soon', channel: 'chat' }).text).toMatch(/hoping/)
    // A good wish to us is thanked.
    for (const message of ['Hope you have a lovely weekend', 'hope you all have a great Christmas!']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("Thank you, that's kind of you.")
    }
  })

  it('does not promise to put work back on track for "my work" address or email', () => {
    for (const message of ['Please send the replacement to my work address instead.', 'Please send the invoice to my work email']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/your work/)
    }
    expect(composeReply({ message: 'My laptop died and I need it for my work', channel: 'chat' }).text).toMatch(/your work/)
  })

  it("does not say back a worry read from a word describing someone of the customer's", () => {
    const text = composeReply({ message: '@easyJet lovely crew on the Malaga flight today, made my nervous flyer son feel so safe 💙', channel: 'chat' }).text
    expect(text).not.toMatch(/worried/)
    // A word of the customer's own conduct stays theirs.
    expect(composeReply({ message: 'Apologies for my rude email earlier, I was stressed.', channel: 'chat' }).text).toContain('nothing to apologise for')
    expect(composeReply({ message: "I'm nervous about my surgery tomorrow", channel: 'chat' }).text).toMatch(/worried/)
  })

  it('thanks the customer for praise of the team told as "commend" or "above and beyond"', () => {
    const text = composeReply({ message: 'Dear customer services, I would like to commend Sarah at your Leeds branch, who went above and beyond to help me with my mortgage application.', channel: 'chat' }).text
    expect(text).toContain("Thank you, that's kind of you.")
    expect(text).not.toContain('What matters now')
  })

  it('does not take a time that is now ("It\'s now October") for a deadline', () => {
    const text = composeReply({ message: "Hi, I've been trying to get a refund for a cancelled holiday since March. It's now October. I've emailed 8 times.", channel: 'chat' }).text
    expect(text).not.toMatch(/before October/)
    expect(text).toContain('getting your money back to you')
    expect(composeReply({ message: "The party is now on Saturday and the cake hasn't arrived", channel: 'chat' }).text).toMatch(/Saturday/)
    // Nor a place named as one of several.
    const airport = composeReply({ message: "You cancelled my flight, rebooked me on one that leaves at 5am from a different airport, and won't refund me. Unbelievable.", channel: 'chat' }).text
    expect(airport).not.toMatch(/in time for the airport/)
    expect(airport).toContain('getting your money back to you')
  })

  it('does not hold the customer to a deadline told as gone, a keepsake of an event, or a time that comes round again', () => {
    const gone = composeReply({ message: "I'm so stressed, my dissertation upload failed at 11:58 and the deadline was midnight", channel: 'chat' }).text
    expect(gone).not.toMatch(/before 11:58/)
    expect(gone).toMatch(/worried/)
    expect(composeReply({ message: 'The deadline was extended to Friday but I still can\'t upload', channel: 'chat' }).text).toMatch(/before Friday/)
    const ring = composeReply({ message: 'I left my wedding ring in room 214 this morning. Please tell me someone found it.', channel: 'chat' }).text
    expect(ring).not.toMatch(/wedding/)
    expect(composeReply({ message: 'Noise from the nightclub next door until 4am every night. We didn\'t sleep for three nights.', channel: 'chat' }).text).not.toMatch(/before 4am/)
    expect(composeReply({ message: 'My dress for the wedding on Saturday still hasn\'t arrived', channel: 'chat' }).text).toMatch(/wedding, Saturday/)
    // "the surgery" rung is a doctor's practice; "the surgery is on Friday" is an operation.
    expect(composeReply({ message: "I've called the surgery 47 times this morning and it's engaged every single time", channel: 'chat' }).text).not.toMatch(/in time for the surgery/)
    expect(composeReply({ message: 'The surgery is on Friday and I still have no pre-op letter', channel: 'chat' }).text).toMatch(/surgery, Friday/)
  })

  it('names the frustration of a message shouted in capitals with no feeling read, not of a question in capitals', () => {
    for (const message of ['WHERE IS MY ORDER. I PAID FOR NEXT DAY.', 'I NEED THIS FIXED NOW']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('I can hear how frustrating this has been.')
    }
    expect(composeReply({ message: 'HOW DO I RESET MY PASSWORD?', channel: 'chat' }).text).not.toMatch(/frustrating/)
    // Details typed in capitals, with nothing wrong in them, are no shout.
    for (const message of ['MY ADDRESS IS 12 HIGH STREET LEEDS', 'ORDER NUMBER 55123']) expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/frustrating/)
    expect(composeReply({ message: 'THANK YOU SO MUCH FOR THIS', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
  })

  it('meets a keepsake of a late loved one, lost or damaged, with sorrow, not condolences for a death', () => {
    for (const message of ["My late husband's watch was damaged during the repair.", "Honestly I'm just sad. This was my late father's watch and you've lost it.", 'The ring that belonged to my late grandmother has gone missing from my room.']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/sorry for your loss|as easy for you/)
      expect(text, message).toContain('What matters now is putting right what we can.')
    }
    // A death told to us is still met with condolences.
    expect(composeReply({ message: 'My mum passed away last week and I need to cancel her phone contract.', channel: 'chat' }).text).toContain("I'm so sorry for your loss.")
  })

  it('meets a turn from thanks or praise to what is still not right as the trouble, not with thanks', () => {
    for (const message of ["Appreciate the quick response, but the issue isn't resolved.", 'The driver was lovely, the food was not. Cold and late.', 'Thank you! However the problem is still there.', 'The product is great, the customer service is not.', "The food is great, the service isn't"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/kind of you|great to hear/)
      expect(text, message).toContain('I can hear how frustrating this has been.')
    }
    // Amazement is no turn: thanks still.
    expect(composeReply({ message: "Thanks, I still can't believe how fast it arrived", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // A wait told after the turn is met as the wait.
    expect(composeReply({ message: "It's great that you offer refunds but I've been waiting 3 weeks for mine.", channel: 'chat' }).text).toContain('Having to wait 3 weeks is frustrating.')
    // A "wasn't" that is no turn: thanks still.
    expect(composeReply({ message: "Thanks for your help, it wasn't your fault.", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // A bad feeling read after the turn: the thanks are courtesy, the fault is met.
    expect(composeReply({ message: "Thanks for the replacement, unfortunately it's the same fault.", channel: 'chat' }).text).toContain('What matters now is getting this fixed for you.')
    // Not a bad feeling read only from the turn's own word.
    expect(composeReply({ message: "Thanks so much, unfortunately I won't need it after all", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Unless what follows it says what is still wrong: frustration, not "that sounds really hard".
    for (const message of ['Thank you for resolving my issue so quickly last week. Unfortunately the same problem has come back.', 'Thanks for fixing it, sadly it broke again today']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('I can hear how frustrating this has been.')
      expect(text, message).not.toMatch(/kind of you|sounds really hard/)
    }
  })

  it('meets praise "as usual" before another failure as sarcasm, joy shouted in capitals as good news, and a forgotten password as a slip', () => {
    const usual = composeReply({ message: 'Brilliant service as usual... another missed delivery', channel: 'chat' }).text
    expect(usual).not.toMatch(/great to hear/)
    expect(usual).toContain('What matters now is getting this fixed for you.')
    expect(composeReply({ message: 'Great service as always, thanks again!', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: "I'M SO HAPPY WITH MY NEW KITCHEN", channel: 'chat' }).text).not.toMatch(/fixed/)
    const forgot = composeReply({ message: 'I forgot my password and now the account is locked', channel: 'chat' }).text
    expect(forgot).toContain("No problem at all, this happens more often than you'd think.")
    expect(forgot).not.toMatch(/surprise/)
    // A late loved one's keepsake that is gone is met with sorrow too.
    expect(composeReply({ message: "My late wife's wedding ring was in the jacket I sent for dry cleaning and it's gone", channel: 'chat' }).text).toContain('What matters now is putting right what we can.')
  })

  it('turns to the money for an outage named only as the reason it is owed, hears a cost asked back, and answers whether a fee is refundable', () => {
    expect(composeReply({ message: "I was promised a £20 credit for the outage and it's not on my bill.", channel: 'chat' }).text).not.toMatch(/working for you again/)
    expect(composeReply({ message: 'Shocked that you would charge a late fee when your website was down.', channel: 'chat' }).text).not.toMatch(/working for you again/)
    expect(composeReply({ message: 'I was charged a late fee because the app was down all weekend', channel: 'chat' }).text).not.toMatch(/working for you again/)
    expect(composeReply({ message: 'Our internet is down and we\'re being charged for it', channel: 'chat' }).text).toMatch(/working for you again/)
    expect(composeReply({ message: 'I paid for express shipping and it came in 8 days. I want the shipping cost back.', channel: 'chat' }).text).toContain('What matters now is getting your money back to you.')
    const fee = composeReply({ message: 'Is the £5 admin fee refundable?', channel: 'chat' }).text
    expect(fee).toContain('What matters now is getting you a clear answer.')
    expect(fee).not.toMatch(/back to you/)
  })

  it('names the worry of a customer stranded away from home when no feeling was read', () => {
    for (const message of ["My flight home was cancelled and I'm stuck in Rome with my two children. Nobody at the airport can help. Please, I need to get home.", "We're stuck at Heathrow and the hotel voucher isn't valid"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("It sounds like you're worried about how this will turn out.")
    }
    // Stuck in traffic, or in a loop, is no stranding.
    for (const message of ["I'm stuck in traffic, can I push my appointment back?", 'Stuck in a loop on the login page']) expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/worried/)
  })

  it('does not hear somewhere else the customer had to turn to once as a decision to leave', () => {
    expect(composeReply({ message: 'We were double booked and had to find another hotel at midnight with our children.', channel: 'chat' }).text).not.toMatch(/decided to leave/)
    expect(composeReply({ message: 'I had to switch to another provider', channel: 'chat' }).text).toMatch(/decided to leave/)
    expect(composeReply({ message: 'We will have to look at other suppliers.', channel: 'chat' }).text).toMatch(/decided to leave/)
    // Nor is "I'm done" said of a finished step; said of us, it still is.
    for (const message of ["I'm done uploading the documents", "Ok I'm done. What do I do next?", "I'm done with the form, what next?"]) expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/decided to leave/)
    for (const message of ["I'm done with this company", "Cancel my subscription immediately. I'm done."]) expect(composeReply({ message, channel: 'chat' }).text, message).toMatch(/decided to leave/)
  })

  it('is not glad of a gladness or relief still to come, over, a greeting, an aside or an end to waiting', () => {
    for (const message of ["I'll be so relieved when this is finally over.", "If it arrives by Friday I'll be delighted.", 'I was happy with the service until last month.', 'Happy new year! Quick question about my invoice.', 'Good thing I kept the receipt because the item broke after a day.', "Can't wait any longer, I need my money back."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/great to hear|glad|weight off/)
    }
    // Felt now, or told to the customer, it is good news still.
    expect(composeReply({ message: 'I feel so happy with my new phone', channel: 'chat' }).text).toContain("That's great to hear.")
    expect(composeReply({ message: "You'd be happy to know it works now", channel: 'chat' }).text).toContain("That's great to hear.")
  })

  it('does not say "I\'m glad that\'s sorted" to a condition still to be met', () => {
    for (const message of ["I won't be happy until this is sorted", "I can't use my card until this is sorted", 'Please call me when this is sorted', "Let me know once it's sorted"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/glad|weight off/)
    }
    // Sorted now is still relief.
    expect(composeReply({ message: "Phew, it's sorted", channel: 'chat' }).text).toMatch(/weight off your mind/)
  })

  it('meets thanks for a deadline met, not as a deadline still to meet', () => {
    for (const message of ["The flowers for my wife's birthday arrived on time, thank you so much", "Ordered the cake for my mum's birthday and wasn't disappointed! Thank you", 'Thanks, the dress arrived in time for the wedding']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/fixed|in time for|sorted/)
      expect(text, message).toContain('Thank you')
    }
    // Come wrong: not a deadline met, and no thanks for it.
    for (const message of ["Thanks, the parcel for my son's birthday came yesterday but the box was empty", "The dress for the wedding arrived, thank you. It's the wrong size though.", "Cheers, the suit for my interview arrived on time but it's torn"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/kind of you/)
    }
    // Still ahead, or not come: the deadline is kept.
    expect(composeReply({ message: 'Really hoping the replacement arrives before my flight on Friday!', channel: 'chat' }).text).toMatch(/flight, Friday/)
    expect(composeReply({ message: "Thanks! The dress still hasn't arrived and the wedding is Saturday", channel: 'chat' }).text).toMatch(/wedding, Saturday/)
  })

  it('meets sarcasm the reading missed as the frustration it hides', () => {
    for (const message of ['Perfect, the replacement is also broken', 'So glad I paid for next day delivery, only for it to arrive in a week', 'Yeah great, so I just lose the £200 then?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/great to hear/)
      expect(text, message).toContain('I can hear how frustrating this has been.')
    }
    expect(composeReply({ message: "Thanks so much for the 'help', I'm now worse off than when I started", channel: 'chat' }).text).not.toMatch(/kind of you/)
    // Praise with nothing gone wrong after it is good news still.
    expect(composeReply({ message: 'Perfect, no rush at all', channel: 'chat' }).text).not.toMatch(/frustrat/)
    expect(composeReply({ message: 'Great, it arrived early, thanks!', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
  })

  it('thanks praise of help through a danger instead of turning to safety', () => {
    const text = composeReply({ message: '@Tesco thank you to the lady at Tesco Extra Bolton who helped my dad when he fell over today ❤️', channel: 'chat' }).text
    expect(text).toContain("Thank you, that's kind of you.")
    expect(text).not.toMatch(/safe/)
    // A danger still there, or asked about, is still met.
    expect(composeReply({ message: 'Thanks for your help earlier. The charger you sent still gets so hot it burned my hand.', channel: 'chat' }).text).toMatch(/safe/)
  })

  it('turns to a sum the customer asks back outright, and takes no plan change for leaving', () => {
    expect(composeReply({ message: 'I paid for extra legroom and got put in a middle seat at the back. I want the £45 back.', channel: 'chat' }).text).toContain('getting your £45 back to you')
    // A public reply names no sum, but still the money.
    const publicly = composeReply({ message: 'I paid for extra legroom and got put in a middle seat at the back. I want the £45 back.', channel: 'social' }).text
    expect(publicly).toContain('getting your money back to you')
    expect(publicly).not.toMatch(/£45/)
    expect(composeReply({ message: '@Shell_UK charged £95 for fuel but the pump stopped at £40. want the difference back', channel: 'chat' }).text).toContain('getting your money back to you')
    const plan = composeReply({ message: 'I want to go back to my old plan', channel: 'chat' }).text
    expect(plan).not.toMatch(/decided to leave/)
    expect(composeReply({ message: "I'm going back to my old provider", channel: 'chat' }).text).toMatch(/decided to leave/)
  })

  it('meets an own slip told as "I didn\'t realise" as the slip it is', () => {
    expect(composeReply({ message: "I'm so embarrassed, I didn't realise the washing machine wasn't plugged in properly. Please cancel the engineer.", channel: 'chat' }).text).toContain("No problem at all, this happens more often than you'd think.")
    expect(composeReply({ message: "I'm so embarrassed, I didn't realise you would charge me for that", channel: 'chat' }).text).not.toMatch(/No problem at all/)
    // A PIN or a password the customer forgot is theirs too, not a position we put them in.
    const forgot = composeReply({ message: "I'm embarrassed to say I've forgotten my PIN again", channel: 'chat' }).text
    expect(forgot).toContain("No problem at all, this happens more often than you'd think.")
    expect(forgot).not.toMatch(/put in such an embarrassing position/)
  })

  it('thanks "you guys rock" and great service "as always" as praise of the team', () => {
    expect(composeReply({ message: '@JetBlue you guys rock, the gate agent held the door for my mom in her wheelchair', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: 'Great customer service as always, Sam sorted it in 5 minutes.', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Not when something went wrong beside it: that is sarcasm.
    expect(composeReply({ message: 'Great service as always, parcel lost again', channel: 'chat' }).text).not.toMatch(/kind of you/)
  })

  it('meets surprise at something put right as good news, not outrage', () => {
    const text = composeReply({ message: "Can't believe it, you actually fixed it on the first try!", channel: 'chat' }).text
    expect(text).toContain("That's great to hear.")
    expect(text).not.toMatch(/upsetting|fixed for you/)
    expect(composeReply({ message: "I can't believe you'd treat a loyal customer like this. Shocking.", channel: 'chat' }).text).toMatch(/upsetting/)
  })

  it('takes a person reached at last for no escalation, and an accident of the customer\'s for their slip', () => {
    expect(composeReply({ message: 'Such a relief to finally speak to a real person', channel: 'chat' }).text).not.toMatch(/escalated/)
    expect(composeReply({ message: 'I want to speak to a real person', channel: 'chat' }).text).toMatch(/escalated/)
    expect(composeReply({ message: "Oh no, I think I've deleted my whole account by accident 😬", channel: 'chat' }).text).toContain("No problem at all, this happens more often than you'd think.")
    expect(composeReply({ message: 'You accidentally charged me twice', channel: 'chat' }).text).not.toMatch(/No problem at all/)
  })

  it('takes mobile data or a file to move for no worry about the customer\'s information', () => {
    for (const message of ["I've used all my data already and it's only the 10th", 'I want to download my data', 'Our data export has been stuck at 99% for six hours']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/information/)
    }
    expect(composeReply({ message: 'Your new terms say you can share my data with partners. I did not agree to that.', channel: 'chat' }).text).toContain('your information is secure')
  })

  it('thanks praise of how a usual fear was met, and meets a fear still ahead', () => {
    const text = composeReply({ message: "The nurse who did my blood test was so gentle, I'm usually terrified of needles", channel: 'chat' }).text
    expect(text).toContain("Thank you, that's kind of you.")
    expect(text).not.toMatch(/worried/)
    expect(composeReply({ message: "I'm usually terrified of needles, can someone sit with me?", channel: 'chat' }).text).toMatch(/worried/)
  })

  it('meets relief beside a danger that happened as a fright, and relief that all is safe as relief', () => {
    const text = composeReply({ message: "The electric heater you sold me caught fire in my daughter's bedroom. Thank god she wasn't in there.", channel: 'chat' }).text
    expect(text).not.toMatch(/weight off your mind/)
    expect(text).toMatch(/safety/)
    expect(composeReply({ message: 'Thank god, the gas leak is fixed', channel: 'chat' }).text).toContain("I'm glad that's a weight off your mind.")
  })

  it('meets relief that turns to how long it took with the relief and the wait', () => {
    const text = composeReply({ message: 'Finally got my refund after 4 months of chasing. Relieved but not impressed.', channel: 'chat' }).text
    expect(text).toContain("I'm glad that's a weight off your mind.")
    expect(text).toContain("I'm sorry you've had to wait 4 months.")
    expect(composeReply({ message: 'Phew, the refund has finally come through after 3 weeks. Thanks for your help.', channel: 'chat' }).text).not.toMatch(/sorry you've had to wait/)
  })

  it('thanks praise of the team before a turn to what went wrong, and turns to fixing it', () => {
    const text = composeReply({ message: 'Your engineer was lovely but he left mud all over my new carpet.', channel: 'chat' }).text
    expect(text).toContain("Thank you, that's kind of you.")
    expect(text).not.toMatch(/great to hear/)
    expect(text).toContain('getting this fixed for you')
  })

  it('does not call a surprise the customer plans their own', () => {
    const text = composeReply({ message: 'Hoping to surprise my wife for our anniversary, can you put flowers in the room?', channel: 'chat' }).text
    expect(text).not.toMatch(/surprise/)
    expect(text).toContain('getting you a clear answer')
    expect(composeReply({ message: 'Wow, what a surprise, I never expected a handwritten card!', channel: 'chat' }).text).toMatch(/surprise/)
  })

  it('meets someone else in the account as a worry about data, not a lock-out', () => {
    const text = composeReply({ message: "My ex still has access to our joint account and keeps logging in. Please help, I'm scared.", channel: 'chat' }).text
    expect(text).not.toMatch(/back into your account/)
    expect(text).toContain('your information is secure')
    // A customer kept out too still hears the lock-out.
    expect(composeReply({ message: "Someone has access to my account and I can't log in", channel: 'chat' }).text).toMatch(/back into your account/)
  })

  it('lets a worry the customer names lead a puzzlement beside an event at stake', () => {
    const text = composeReply({ message: "My cat is going into surgery tomorrow morning and I still don't know if you'll cover it. I'm so anxious.", channel: 'chat' }).text
    expect(text).toMatch(/worried/)
    expect(text).not.toMatch(/confusing/)
  })

  it('meets a death told formally with condolences, not as good news', () => {
    const text = composeReply({ message: 'It is with great sadness that I inform you of the death of my husband, the account holder.', channel: 'email' }).text
    expect(text).toContain('sorry for your loss')
    expect(text).not.toMatch(/great to hear/)
  })

  it('meets an illness told beside a puzzled question with sympathy, and still answers', () => {
    const text = composeReply({ message: "We're stuck in Lisbon, my wife has been admitted to hospital and we have no idea if the travel insurance will cover it. Please help.", channel: 'chat' }).text
    expect(text).toContain("I'm sorry, that sounds really hard.")
    expect(text).not.toMatch(/confusing/)
    expect(text).toContain('getting you a clear answer')
    // Beside a frustration at us, the sympathy comes first too, and the problem is still put right.
    const insurance = composeReply({ message: 'my son is in hospital and I cant get through to anyone about his insurance', channel: 'chat' }).text
    expect(insurance).toContain("I'm sorry, that sounds really hard.")
    expect(insurance).not.toMatch(/frustrating/)
    expect(insurance).toContain('What matters now is getting this fixed for you.')
    // A worry beside it is met as one.
    expect(composeReply({ message: "My dad had a stroke and I'm so worried about his bills", channel: 'chat' }).text).toMatch(/worried/)
  })

  it('does not promise to get working again what is only threatened to be cut off', () => {
    const text = composeReply({ message: "I'm scared my electricity will be cut off, I can't afford to pay the full bill this month.", channel: 'chat' }).text
    expect(text).not.toMatch(/working for you again/)
    expect(text).toContain('finding a way through this')
    expect(composeReply({ message: 'My electricity has been cut off', channel: 'chat' }).text).toContain('working for you again')
  })

  it('does not call urgent a delivery that was only expected today', () => {
    expect(composeReply({ message: "hi my order was meant to come today but tracking says it's back at the depot?", channel: 'chat' }).text).not.toMatch(/urgent/)
    expect(composeReply({ message: 'Can someone come today please? The boiler is leaking.', channel: 'chat' }).text).toMatch(/urgent/)
  })

  it('does not call a length of travel or of harassment a wait on us', () => {
    expect(composeReply({ message: "I've been travelling for 30 hours and now you tell me my bag is in Dubai.", channel: 'chat' }).text).not.toMatch(/wait/)
    expect(composeReply({ message: "I've now been without a working fridge for 11 days.", channel: 'chat' }).text).toMatch(/wait 11 days/)
    // Nor the time a thing lasted before it failed.
    for (const message of ['Great coffee machine, but it started leaking after a week', 'The heel came off after three days of wearing them']) expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/wait/)
    expect(composeReply({ message: 'After 2 weeks of waiting it finally arrived broken', channel: 'chat' }).text).toMatch(/wait 2 weeks/)
  })

  it('turns thanks before "but" and the money wanted back to the money', () => {
    expect(composeReply({ message: "Thanks for the voucher but honestly I'd rather just have my money back.", channel: 'chat' }).text).toContain('getting your money back to you')
  })

  it('offers to fix what broke, fell apart, leaked, snapped or shrank, not to "get it done"', () => {
    for (const message of ["My son's school shoes fell apart after 2 weeks. He's been going to school with his feet wet.", 'I had the phone for 2 years and it broke.', 'The packaging leaked all over the other items in the box.', 'The handle snapped off the first time I used it', 'My jumper shrank in the first wash', '@SamsungSupport my fridge stopped cooling and all my food is spoiling', 'The milk in my delivery was rotten']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting this fixed for you')
    }
    // A step the customer took is no fault.
    expect(composeReply({ message: 'I stopped paying by direct debit last month, can you confirm my balance?', channel: 'chat' }).text).toContain('getting you a clear answer')
  })

  it('answers whether a step on a device is safe to take, without turning to the customer\'s safety', () => {
    for (const message of ['@AppleSupport is it safe to update to ios 17 yet or is it still buggy?', 'Is it safe to delete the old backup?']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is getting you a clear answer.')
      expect(text, message).not.toMatch(/safe|worried/)
    }
    // Water to drink and a heater that sparked are dangers still.
    expect(composeReply({ message: 'is it safe to drink the tap water?', channel: 'chat' }).text).toContain("What matters now is making sure you're safe.")
    expect(composeReply({ message: 'Is it safe to use the heater after it sparked?', channel: 'chat' }).text).toContain('What matters now is your safety')
  })

  it('thanks a job done in the rain, hears a drained battery as a fault, and no date printed on food as a deadline', () => {
    expect(composeReply({ message: '@Ocado great delivery as always, driver even brought it to the door in the rain 💚', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: 'Thank you to the engineer who fixed our boiler in the pouring rain', channel: 'chat' }).text).not.toMatch(/frustrat/)
    // A parcel left out in it is still the trouble.
    expect(composeReply({ message: 'The delivery driver left my parcel in the rain and everything inside is soaked.', channel: 'chat' }).text).toContain('I can hear how frustrating this has been.')
    const battery = composeReply({ message: '@Apple the new update drained my battery from 100 to 20 in 3 hours', channel: 'chat' }).text
    expect(battery).not.toMatch(/worn you out/)
    expect(battery).toContain('What matters now is getting this fixed for you.')
    expect(composeReply({ message: "I'm so drained by all of this", channel: 'chat' }).text).toContain('worn you out')
    const bread = composeReply({ message: '@Lidl_UK the bread i bought today already has mould on it. best before is next week', channel: 'chat' }).text
    expect(bread).not.toMatch(/next week/)
    expect(composeReply({ message: 'My passport expires on Friday and I need the renewal back', channel: 'chat' }).text).toContain('before Friday')
  })

  it('meets money taken from a parent\'s account as their money and their account, and a customer scammed out of money as money, not their information', () => {
    for (const message of ["I'm worried my elderly dad has been scammed, there are payments on his account he doesn't recognise.", "There are payments on my mum's card she didn't make"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('I can see why this has you worried about their money. What matters now is making their account secure.')
    }
    expect(composeReply({ message: "My son's card is fine but there are payments on my account I didn't make", channel: 'chat' }).text).toContain('making your account secure')
    const scammed = composeReply({ message: "@Barclays i've been scammed out of £3000 and your fraud team say there's nothing they can do", channel: 'chat' }).text
    expect(scammed).not.toMatch(/who can see your information/)
    expect(scammed).toContain('£3000')
  })

  it('turns to getting back what was lost for photos, notes or progress deleted, not to "getting this working"', () => {
    for (const message of ['@AppSupport the update deleted all my notes. Years of work gone', 'I lost all my photos after the update', "The game keeps crashing after the latest patch, I've lost all my progress."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is getting back as much as we can.')
      expect(text, message).not.toMatch(/working for you again/)
    }
    expect(composeReply({ message: 'I lost all my photos after the update', channel: 'chat', pack: es }).text).toContain('recuperar todo lo que podamos')
  })

  it('thanks a kindly meant heads-up about a fault, and meets a business priced out with a way through', () => {
    const tip = composeReply({ message: "Hi team, just a heads up that the link in your password reset email is broken. Not urgent, just thought you'd want to know. Cheers, Tom", channel: 'chat' }).text
    expect(tip).toContain("Thank you, that's kind of you.")
    expect(tip).not.toMatch(/frustrat|back into your account/)
    // A heads-up that tells of a wait, or of fury, is still met as that.
    expect(composeReply({ message: "Just a heads up, I've been on hold for 2 hours and nobody answers", channel: 'chat' }).text).toContain('Having to wait 2 hours is frustrating.')
    expect(composeReply({ message: "Just letting you know I still can't log in and I'm furious", channel: 'chat' }).text).toContain('back into your account')
    expect(composeReply({ message: "We're a small charity and your price increase means we may have to cancel. Is there any discount for charities?", channel: 'chat' }).text).toContain('What matters now is finding a way through this that works for you.')
    expect(composeReply({ message: 'My bill went up £20 and nobody told me why', channel: 'chat' }).text).toContain('What matters now is getting you a clear answer.')
  })

  it('hears thanks for a reply that came "finally ... after" a wait as the wait, and an order that came by a time as good news', () => {
    expect(composeReply({ message: 'Nice of you to finally reply after 3 weeks', channel: 'chat' }).text).toContain('Having to wait 3 weeks is frustrating.')
    expect(composeReply({ message: 'Thanks for finally calling me back after 5 days', channel: 'chat' }).text).toContain('Having to wait 5 days is frustrating.')
    expect(composeReply({ message: "Thank you, it finally arrived after all that and it's perfect", channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    const fast = composeReply({ message: "Can't believe how fast my order arrived, ordered last night and it was here by 9am!", channel: 'chat' }).text
    expect(fast).toContain("That's great to hear.")
    expect(fast).not.toMatch(/before 9am|surprise/)
    // Surprise at how bad it was is the frustration.
    for (const message of ["I can't believe how slow the delivery was", "Can't believe how expensive the renewal is"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('I can hear how frustrating this has been.')
      expect(text, message).not.toMatch(/surprise|clear answer/)
    }
    // One order cancelled because it was cheaper elsewhere is a request, not the customer leaving.
    for (const message of ['Please cancel my order 88812, I found it cheaper elsewhere.', 'I found it cheaper elsewhere so please cancel the order']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is getting this done for you.')
      expect(text, message).not.toMatch(/decided to leave|glad/)
    }
    expect(composeReply({ message: "Cancel my subscription, it's cheaper elsewhere", channel: 'chat' }).text).toContain("I understand you've decided to leave.")
    // A time still to meet is still one.
    for (const message of ['I want it delivered by Friday', 'It should have arrived by Friday', 'I need it delivered by Friday.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('before Friday')
    }
  })

  it('meets the company called crooks as anger, and a dead parent\'s locked account with making it easy', () => {
    for (const message of ['You lot are a bunch of crooks.', "you're nothing but scammers"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('I can tell how upsetting this has been.')
    }
    expect(composeReply({ message: 'You are a lifesaver', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    const late = composeReply({ message: "My late father's account has been locked and I've lost access to his emails", channel: 'chat' }).text
    expect(late).toContain("I'm so sorry for your loss. What matters now is making this as easy for you as we can.")
    expect(late).not.toMatch(/getting them back/)
    // A living relative's account is still theirs to get back into.
    expect(composeReply({ message: "My mum can't get into her account, she's 85", channel: 'chat' }).text).toContain('getting them back into their account')
  })

  it('hears money run out as hard times, a small cost as small, and thanks in grief as thanks', () => {
    const food = composeReply({ message: "I'm a student and you've taken my whole loan payment as a deposit. I have nothing left for food.", channel: 'chat' }).text
    expect(food).toContain("I'm sorry, that's a lot to be dealing with.")
    expect(food).not.toMatch(/worn you out/)
    expect(composeReply({ message: "I have nothing left to give, I'm exhausted by this", channel: 'chat' }).text).toContain('worn you out')
    const small = composeReply({ message: 'I was overcharged by £12. Not a big deal, but please correct it.', channel: 'chat' }).text
    expect(small).not.toMatch(/frustrating/)
    expect(small).toContain('getting your £12 back to you')
    expect(composeReply({ message: 'Thank you for waiving the fee after my mum died, it meant a lot.', channel: 'chat' }).text).toContain("I'm so sorry for your loss. Thank you, that's kind of you.")
    expect(composeReply({ message: 'My mum died last week and I need to close her account', channel: 'chat' }).text).toContain('making this as easy for you as we can')
  })

  it('promises no money back for a fee asked for a step, and fixes a seat given away or a parcel binned again', () => {
    for (const message of ["@BT I want to leave but you're charging me £200 to exit", "You're charging me £50 to cancel"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/back to you/)
    }
    // A charge taken is still money to give back.
    expect(composeReply({ message: "You've charged me £50 for cancelling", channel: 'chat' }).text).toContain('getting your £50 back to you')
    for (const message of ['@Delta my seat was given away even though I checked in on time', '@Hermes parcel left in my recycling bin again']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('What matters now is getting this fixed for you.')
    }
  })

  it('answers a worried question whether an event is still on, without a deadline to meet', () => {
    for (const message of ["I'm really anxious about my appointment tomorrow, will the surgery definitely be open?", "Is my flight tomorrow still going ahead? I'm so nervous"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is getting you a clear answer.')
      expect(text, message).not.toMatch(/in time for|before tomorrow/)
    }
    // Beside something gone wrong, the date is still said back.
    expect(composeReply({ message: 'Is my appointment on Friday still on? The engineer never called.', channel: 'chat' }).text).toContain('in time for your appointment, Friday')
  })

  it('turns to the safety of one who needs a medicine that has not come', () => {
    expect(composeReply({ message: "my daughter needs her medication tonight and the pharmacy order hasn't come", channel: 'chat' }).text).toContain('What matters now is making sure everyone is safe.')
    expect(composeReply({ message: 'I need my insulin and the delivery is late', channel: 'chat' }).text).toContain("What matters now is making sure you're safe.")
    expect(composeReply({ message: 'I need my prescription renewed, how do I do that?', channel: 'chat' }).text).toContain('What matters now is getting you a clear answer.')
  })

  it('turns to money back for money still being taken after the customer tried to cancel', () => {
    expect(composeReply({ message: "I've been trying to cancel my gym membership for 2 months and you keep taking money.", channel: 'chat' }).text).toContain('What matters now is getting your money back to you.')
    expect(composeReply({ message: 'Why are you taking money from my account?', channel: 'chat' }).text).toContain('What matters now is getting you a clear answer.')
  })

  it('does not promise to be in time for an event whose day has gone by', () => {
    const gone = composeReply({ message: "My order was meant to arrive for my daughter's christening on Sunday and it's now Monday", channel: 'chat' }).text
    expect(gone).not.toMatch(/in time for|before Sunday/)
    expect(composeReply({ message: "I need it for my daughter's christening on Sunday and it's Friday already", channel: 'chat' }).text).toContain("in time for your daughter's christening, Sunday")
    // Nor for an hour gone by.
    for (const message of ["I was promised a call back by 5pm. It's 7pm.", "I was promised a call back by 17:00. It's 19:30."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/before (?:5pm|17:00)/)
    }
    expect(composeReply({ message: "I need it by 5pm, it's 3pm now", channel: 'chat' }).text).toContain('before 5pm')
  })

  it('meets a stolen card or wallet as a worry for the customer\'s money and an account to secure', () => {
    for (const message of ["Please lock my card now, it's been stolen", 'someone stole my wallet with all my cards', 'My card was stolen and someone has spent £300']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('I can see why this has you worried about your money. What matters now is making your account secure.')
      expect(text, message).not.toMatch(/frustrating|upsetting/)
    }
    expect(composeReply({ message: 'The gift card I bought was stolen from my parcel', channel: 'chat' }).text).not.toMatch(/account secure/)
  })

  it('meets years of custom told beside how the customer is treated now as being let down', () => {
    for (const message of ["@Virgin I've been a loyal customer for 10 years and you treat new customers better", "@virginmedia I've been a customer for 15 years and you're now charging new customers half what I pay", "I have been a customer for 12 years and never complained until now."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("I can see this isn't what you expected from us.")
    }
    expect(composeReply({ message: '10 years with you and never had a problem, thank you', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: "I've been with you for 5 years, can I get a discount?", channel: 'chat' }).text).not.toMatch(/expected from us/)
  })

  it('meets a worry still open after relief at something else as the worry', () => {
    const text = composeReply({ message: "I'm relieved it arrived but I'm still worried about the second parcel.", channel: 'chat' }).text
    expect(text).toContain("It sounds like you're worried about how this will turn out.")
    expect(text).not.toMatch(/weight off/)
    expect(composeReply({ message: 'What a relief, thank you. I was so worried.', channel: 'chat' }).text).toContain("I'm glad that's a weight off your mind.")
  })

  it('meets a sum the customer says they cannot pay as hardship, with a way through', () => {
    const text = composeReply({ message: "My meter reading was wrong and now I owe £900. I'm a single mum, I can't pay that.", channel: 'chat' }).text
    expect(text).toContain("I'm sorry, that's a lot to be dealing with. What matters now is finding a way through this that works for you.")
    // Not a way of paying that does not work.
    expect(composeReply({ message: "I can't pay by card, can I pay by bank transfer?", channel: 'chat' }).text).not.toMatch(/a lot to be dealing with/)
  })

  it('says "their money" when the money taken is a relative\'s', () => {
    for (const message of ['Please help, my elderly mother has been charged £1,200 for a holiday she never booked', 'My mum was charged twice for her prescription']) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain('What matters now is getting their money back to them.')
      expect(text, message).not.toMatch(/your £|your money/)
    }
    expect(composeReply({ message: "You charged me twice for my son's school trip", channel: 'chat' }).text).toContain('getting your money back to you')
  })

  it('says "their information" when the data at risk is a relative\'s', () => {
    for (const message of ["My grandmother received a call from someone claiming to be from your bank asking for her PIN. She's very shaken.", "My dad's details were sent to a stranger"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("It sounds like you're worried about who can see their information. What matters now is making sure their information is secure.")
    }
    expect(composeReply({ message: 'My personal details were visible to another customer in your app.', channel: 'chat' }).text).toContain('your information is secure')
  })

  it('hears mobile data that is slow as the service, not the customer\'s information', () => {
    const text = composeReply({ message: '@EE why is my data so slow today? can barely load anything', channel: 'chat' }).text
    expect(text).not.toMatch(/information/)
    expect(text).toContain('What matters now is getting this fixed for you.')
  })

  it('returns thanks for kindness after a loss, with condolences and nothing to put right', () => {
    const text = composeReply({ message: 'Thank you for being so kind on the phone after my husband passed. It meant a lot.', channel: 'chat' }).text
    expect(text).toContain("I'm so sorry for your loss. Thank you, that's kind of you.")
    expect(text).not.toContain('What matters now')
    // A request after the loss is still met.
    expect(composeReply({ message: 'My dad passed away last month. Please close his account.', channel: 'chat' }).text).toContain('making this as easy for you as we can')
  })

  it('does not say "in time for" an appointment the customer forgot or could not make', () => {
    for (const message of ['Sorry, I completely forgot about my appointment this morning. Can I rebook?', "I couldn't make my appointment yesterday, can I rebook?"]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/in time for/)
    }
    expect(composeReply({ message: 'I forgot to mention my appointment is on Friday at 3pm, please make sure the engineer brings the part', channel: 'chat' }).text).toMatch(/in time for your appointment/)
  })

  it('offers condolences before any frustration when the customer mentions a death', () => {
    const text = composeReply({ message: "Since my father passed I've been trying to get his broadband cancelled for six weeks.", channel: 'email' }).text
    expect(text).toContain('sorry for your loss')
    expect(text).not.toMatch(/frustrating/)
  })

  it('tells the customer "nothing to apologise for" only when they apologise, not when our failure embarrassed them', () => {
    for (const message of ["I'm honestly so embarrassed, my card was declined in front of a client because of your system error.", 'I was humiliated at the checkout when your app showed my order as unpaid.']) {
      const text = composeReply({ message, channel: 'email' }).text
      expect(text, message).toMatch(/sorry you were put in such an embarrassing position/)
      expect(text, message).not.toMatch(/apologise|more often than you'd think/)
    }
    for (const message of ['So sorry, I entered the wrong address on my order. Can you change it?', 'My apologies, my mistake, I sent the wrong file.']) {
      expect(composeReply({ message, channel: 'email' }).text, message).toMatch(/nothing to apologise for/)
    }
    // A slip only told, with no apology, is met without "nothing to apologise for"; so is one the
    // customer is embarrassed to have just found out, which we did not put them in.
    for (const message of ['Please cancel my order 55102, I ordered the wrong colour.', 'Hello, I accidentally ordered two of the same item. Can I cancel one?', "I'm so embarrassed, I've just realised I entered my old card details. Can I update them before it ships?"]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).toContain("No problem at all, this happens more often than you'd think.")
      expect(text, message).not.toMatch(/apologise/)
    }
    // Every pack has the sympathetic message.
    expect(composeReply({ message: "I'm honestly so embarrassed, my card was declined in front of a client because of your system error.", channel: 'email', pack: es }).text).toMatch(/situación tan incómoda/)
    // A question the customer calls silly is met as a good question, not as a slip that "happens more
    // often than you'd think".
    const silly = composeReply({ message: 'Sorry if this is a silly question but how do I turn off the low battery beep?', channel: 'chat' }).text
    expect(silly).toContain("There's nothing to apologise for. It's a good question.")
    expect(silly).not.toContain("more often than you'd think")
    expect(composeReply({ message: 'Sorry if this is a silly question but how do I turn off the low battery beep?', channel: 'chat', pack: es }).text).toContain('es una buena pregunta')
  })

  it('names the event a time belongs to, not the first event the message mentions', () => {
    const text = composeReply({ message: "My flight to Lisbon was cancelled and the rebooking is for Thursday. My sister's wedding is on Wednesday!!", channel: 'email' }).text
    expect(text).toContain("your sister's wedding, Wednesday")
    expect(text).not.toMatch(/flight, Wednesday|Thursday/)
    // An event named by a pronoun points back at the one named before it.
    const birthday = composeReply({ message: "I ordered a present for my daughter's birthday two weeks ago. Her party is Saturday. I'm really worried it won't arrive.", channel: 'email' }).text
    expect(birthday).toContain("your daughter's birthday, Saturday")
  })

  it('says back a bare event without the capital that opened the sentence, and no ordinal day as a length of wait', () => {
    const wedding = composeReply({ message: "@British_Airways lost my bag on the way to my brother's wedding. The suit was in it. Wedding is Saturday.", channel: 'chat' }).text
    expect(wedding).toContain('in time for the wedding, Saturday.')
    const third = composeReply({ message: '@VirginMedia 3rd day without internet. I work from home. This is costing me money.', channel: 'chat' }).text
    expect(third).not.toMatch(/3rd day/)
    expect(third).toContain('working for you again')
    expect(composeReply({ message: '10 days without internet now', channel: 'chat' }).text).toContain('wait 10 days')
  })

  it('hears thanks then a turn to what is still wrong as courtesy, and the trouble after the turn as the news', () => {
    const short = composeReply({ message: "Thank you for the refund, but it's £20 short.", channel: 'chat' }).text
    expect(short).toContain('getting your £20 back to you')
    expect(short).not.toContain('kind of you')
    expect(composeReply({ message: "Thanks, but I'd rather have the money back than a voucher.", channel: 'chat' }).text).not.toContain('kind of you')
    // Thanks with nothing wrong after it is still met with thanks.
    expect(composeReply({ message: 'Thank you for the refund!', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // Thanks for what is done need no deadline said back; a customer who leaves still does.
    expect(composeReply({ message: "Massive thanks for squeezing me in today, you've saved my holiday!", channel: 'chat' }).text).not.toMatch(/in time for/)
    expect(composeReply({ message: "I'm writing to cancel my membership as I'm moving abroad next month. Thank you for everything over the years.", channel: 'chat' }).text).toContain('before next month')
  })

  it('meets thanks with a worry said to be lifted with the relief, and thanks alone with thanks', () => {
    for (const message of ["Oh that's such a relief, I'll go and pick it up. Thank you!", 'So relieved you found my wallet, thank you so much!!']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("I'm glad that's a weight off your mind.")
    }
    expect(composeReply({ message: 'Thanks for the quick reply, Sam.', channel: 'chat' }).text).not.toContain('weight off your mind')
  })

  it('hears rent at stake as hardship, not as a business', () => {
    for (const message of ["I'm really anxious about this, the payment for my rent hasn't gone through.", "I'm behind in my rent."]) {
      const text = composeReply({ message, channel: 'chat' }).text
      expect(text, message).not.toMatch(/business|up and running/)
      expect(text, message).toContain('finding a way through this that works for you')
    }
  })

  it('names the frustration, not surprise, beside a wait, a repeat contact or a transfer', () => {
    const held = composeReply({ message: 'Wow. Just wow. Two hours on hold to be told to call back tomorrow.', channel: 'chat' }).text
    expect(held).toContain('Having to wait two hours is frustrating.')
    expect(held).not.toMatch(/surprise|passed from person/)
    expect(composeReply({ message: "Can't believe it took 6 calls to get a simple address change done.", channel: 'chat' }).text).toContain('Having to contact us 6 times')
    expect(composeReply({ message: "Can't believe I've been charged £45 for a missed appointment when YOUR engineer didn't turn up.", channel: 'chat' }).text).not.toMatch(/surprise/)
    expect(composeReply({ message: 'What a surprise, the app is down again on payday.', channel: 'chat' }).text).toContain('frustrating')
    // Surprise alone is still named.
    expect(composeReply({ message: 'Wait, you ship to Canada now? Since when?', channel: 'chat' }).text).not.toMatch(/frustrat/)
  })

  it('hears "what a surprise, another ..." as sarcasm, not as a surprise', () => {
    const text = composeReply({ message: 'Wow, what a surprise, another cancelled train. Brilliant service as always.', channel: 'chat' }).text
    expect(text).not.toMatch(/surprise|great to hear/)
    expect(text).toContain('frustrating')
  })

  it('does not greet a request to correct an invoice as good news', () => {
    const message = 'We were billed for 25 seats but we only have 12 users. Can you correct the invoice?'
    expect(names(detectFeelings(message))).not.toContain('joy')
    expect(composeReply({ message, channel: 'email' }).text).not.toMatch(/great to hear/)
  })

  it('quotes an amount only when the customer named one, as money owed: not "from £45 to £120", not a price', () => {
    expect(composeReply({ message: 'Why has my direct debit gone up from £45 to £120? I have not used more energy.', channel: 'chat' }).text).not.toMatch(/£45|£120/)
    expect(composeReply({ message: 'I was charged £45 twice for the same order.', channel: 'chat' }).text).toContain('getting your £45 back to you')
    expect(composeReply({ message: 'The zip broke the first time I wore the jacket. For £180 I expected better.', channel: 'chat' }).text).not.toContain('£180')
    // A rise in a bill is not money owed back; an amount over what was agreed is.
    for (const message of ['@MobileCo why is my bill £40 more than last month??', "My bill is £40 higher than usual and I haven't changed anything"]) {
      const reading = detectFeelings(message)
      expect(reading.concerns.map((c) => c.concern), message).toContain('money')
      expect(reading.concerns.find((c) => c.concern === 'money')?.detail?.amount, message).toBeUndefined()
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toContain('£40')
    }
    expect(composeReply({ message: 'You charged me £40 more than I was quoted', channel: 'chat' }).text).toContain('getting your £40 back to you')
    // A sum the customer is told they owe is not theirs to get back; a sum owed to them is.
    for (const message of ["I paid in full but I've just received a reminder saying I owe £312. Can you check?", 'They say we still owe 40 dollars on an account we closed.']) {
      const money = detectFeelings(message).concerns.find((c) => c.concern === 'money')
      expect(money?.evidence.map((e) => e.cue), message).toContain('amount-asked')
      expect(money?.detail?.amount, message).toBeUndefined()
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/£312|40 dollars/)
    }
    expect(composeReply({ message: 'You owe me £50 for the broken chair.', channel: 'chat' }).text).toContain('getting your £50 back to you')
    // Nor is a sum asked about more than complained of, nor a sum of nothing.
    for (const message of ['@TescoMobile I don\'t understand my bill at all, what is this £8.50 charge?', 'Why is there a $12 fee on my invoice? Nobody told me about it.', "You've sent me a bill for £0.00 and then charged me a late fee for not paying it."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/£8.50|\$12|£0.00|back to you/)
    }
    // A sum told only beside a word for paying or a bill is a price or a bill, not money owed.
    for (const message of ['The course materials are full of errors and the tutor never replies. Not what I paid £1,200 for.', 'My bill is £300 higher than it should be.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).not.toMatch(/£1,200|£300|back to you/)
    }
  })

  it('turns a plain request to getting it done, not to a fix, and a public reply to the kind of trouble without its details', () => {
    const request = composeReply({ message: 'the shoes i ordered are a size too small, can i swap them for a 9?', channel: 'chat' }).text
    expect(request).toContain('getting this done for you')
    expect(request).not.toMatch(/fixed/)
    const sparked = composeReply({ message: 'My charger sparked and burned my desk! I was charged $35 for it.', channel: 'social' }).text
    expect(sparked).toContain('please stop using it')
    expect(sparked).not.toContain('$35')
  })

  it('meets a thread that ends in thanks with the thanks, and sets no boundary for an outburst already apologised for', () => {
    const resolved = composeReply({
      conversation: [
        { role: 'customer', text: "My account is locked and I have a client presentation in an hour, I'm panicking." },
        { role: 'agent', text: "I've unlocked your account and sent a reset link to your email; you should be able to sign in now." },
        { role: 'customer', text: "I'm in! Thank you, you're a lifesaver." },
      ],
      channel: 'chat',
    }).text
    expect(resolved).not.toMatch(/presentation|what matters now/i)
    expect(resolved).toMatch(/kind of you|thank/i)
    // Thanks that turn to what is still open are no close: the reply turns to it.
    const stillOpen = composeReply({
      conversation: [
        { role: 'customer', text: "I've been charged twice for my order and it still hasn't arrived. I need it for my son's birthday on Saturday." },
        { role: 'agent', text: "I'm sorry! I've refunded the duplicate charge." },
        { role: 'customer', text: 'Thanks, but what about the order? Saturday is in two days.' },
      ],
      channel: 'chat',
    }).text
    expect(stillOpen).toContain("son's birthday, Saturday")
    const turns = [
      { role: 'customer' as const, text: 'You people are useless, three weeks and no package.' },
      { role: 'agent' as const, text: "I've tracked it: it's at the local depot and I've booked delivery for tomorrow morning." },
      { role: 'customer' as const, text: 'ok fine. sorry for snapping, it has been a long week.' },
    ]
    expect(composeReply({ conversation: turns, channel: 'chat' }).text).not.toMatch(/respectful/)
    // In the turn it is in, abuse is still met with a boundary.
    expect(composeReply({ conversation: turns.slice(0, 1), channel: 'chat' }).text).toMatch(/respectful/)
  })

  it('answers a question about a charge asked again in a later calm turn, and still turns to money owed back', () => {
    const asked = composeReply({
      conversation: [
        { role: 'customer', text: 'Why was I charged a £25 admin fee?' },
        { role: 'agent', text: 'Thank you for your message. We will look into this.' },
        { role: 'customer', text: "Ok but I'd like to know what the fee is for." },
      ],
      channel: 'chat',
    }).text
    expect(asked).toContain('getting you a clear answer')
    expect(asked).not.toMatch(/back to you/)
    const owed = composeReply({
      conversation: [
        { role: 'customer', text: 'I was charged twice for my order.' },
        { role: 'agent', text: 'Can you send me the order number?' },
        { role: 'customer', text: "It's 44817." },
      ],
      channel: 'chat',
    }).text
    expect(owed).toContain('getting your money back to you')
  })

  it('names the complaint when a good feeling is only just ahead of a bad one, not "great to hear"', () => {
    // A reading of a bitter laugh, with joy at 0.77 and frustration at 0.74.
    const read = detectFeelings("lol the chatbot doesn't understand me. so annoying")
    const joy = read.feelings.find((found) => found.feeling === 'joy')
    const frustration = read.feelings.find((found) => found.feeling === 'frustration')
    expect(joy && frustration).toBeTruthy()
    const reading = { ...read, feelings: [{ ...joy!, intensity: 0.77 }, { ...frustration!, intensity: 0.74 }] }
    const reply = composeReply({ reading, channel: 'chat' }).text
    expect(reply).not.toMatch(/great to hear/i)
    expect(reply).toMatch(/frustrating/)
    // A failure told in the pack's words is named down to 0.3 ("Great phone, terrible battery life");
    // further ahead than that, the good feeling is the news.
    const named = composeReply({ reading: { ...reading, feelings: [{ ...joy!, intensity: 0.77 }, { ...frustration!, intensity: 0.45 }] }, channel: 'chat' }).text
    expect(named).toMatch(/frustrating/)
    const ahead = composeReply({ reading: { ...reading, feelings: [{ ...joy!, intensity: 0.77 }, { ...frustration!, intensity: 0.25 }] }, channel: 'chat' }).text
    expect(ahead).toMatch(/great to hear/i)
    // Good news that names a concern is not a problem to fix; joy beside a danger is not the news.
    const goodNews = composeReply({ message: 'Wow. I did not expect a refund that quickly. Really impressed with how you handled it.', channel: 'chat' }).text
    expect(goodNews).toContain('great to hear')
    expect(goodNews).not.toMatch(/What matters now/)
    const heater = composeReply({ message: 'Love the new heater but it sparks when I plug it in', channel: 'chat' }).text
    expect(heater).not.toMatch(/great to hear/i)
    expect(heater).toMatch(/safety/)
    // A hope with a deadline ahead is still something to get done.
    expect(composeReply({ message: 'Fingers crossed the replacement arrives before the weekend.', channel: 'chat' }).text).toContain('before the weekend')
    // A shock to the touch is met with safety, not "this came as a surprise"; "can't afford another
    // month of this" is no hardship to find a way through.
    const shower = composeReply({ message: 'The electric shower you installed gives me a shock every time I touch the dial.', channel: 'chat' }).text
    expect(shower).toMatch(/safety/)
    expect(shower).not.toMatch(/surprise/)
    expect(composeReply({ message: "I can't afford another month of this, my business is losing customers.", channel: 'chat' }).text).not.toMatch(/a way through/)
    // Joy beside a failure told in the pack's words is sarcasm, or at least not the news to answer.
    expect(composeReply({ message: 'Haha great, my parcel went to the wrong house again', channel: 'chat' }).text).not.toMatch(/great to hear/i)
    // Good news with a faint complaint is still good news.
    expect(composeReply({ message: 'Love the new app! The icon is a bit wrong but who cares', channel: 'chat' }).text).not.toMatch(/frustrating/)
  })

  it("uses the reframe a concern's cue asks for: a service that is down is to work again, not an account to get back into", () => {
    const down = composeReply({ message: 'Is the app down for everyone? It keeps saying error 503 and I cannot do anything.', channel: 'chat' }).text
    expect(down).toContain('working for you again')
    expect(down).not.toContain('back into your account')
    expect(composeReply({ message: "I'm locked out of my account.", channel: 'chat' }).text).toContain('back into your account')
    // An account that is someone else's is theirs to get back into; one's own stays "your account".
    expect(composeReply({ message: "My mother is in hospital. She can't access her account.", channel: 'chat' }).text).toContain('getting them back into their account')
    expect(composeReply({ message: "My son broke my phone and now I can't access my account.", channel: 'chat' }).text).toContain('back into your account')
    // Surprise with nothing broken asks for an answer.
    expect(composeReply({ message: "Wait, you're telling me my order shipped to Canada?", channel: 'chat' }).text).toContain('a clear answer')
    // A request for one's own data is a request to carry out, not a breach to secure.
    expect(composeReply({ message: 'Can I have a copy of the data you hold on me please?', channel: 'chat' }).text).not.toMatch(/secure/)
    // A customer without the smartphone a service needs never had an account to get back into.
    const noPhone = composeReply({ message: "I'm 82 and I don't have a smartphone. How am I meant to use your app to park?", channel: 'chat' }).text
    expect(noPhone).toContain('another way for you to do this')
    expect(noPhone).not.toContain('back into your account')
    // A pack's own cue may ask for a reframe too; one its messages lack is passed over.
    const kiosk = { id: 'kiosk-down', of: 'access' as const, phrases: ['kiosk is down'], note: 'A kiosk out of service.', reframe: 'reframe.access-service' }
    const mine = definePack({ ...en, id: 'acme/en', detect: { ...en.detect, concernCues: [...en.detect.concernCues, kiosk] } })
    expect(composeReply({ message: 'The kiosk is down at my station.', channel: 'chat', pack: mine }).text).toContain('working for you again')
    const missing = definePack({ ...en, id: 'acme/en2', detect: { ...en.detect, concernCues: [...en.detect.concernCues, { ...kiosk, reframe: 'reframe.kiosk' }] } })
    expect(composeReply({ message: 'The kiosk is down at my station.', channel: 'chat', pack: missing }).text).toContain('back into your account')
  })

  it('warns when there is nothing to propose', () => {
    expect(composeReply({ message: 'The app keeps crashing.', channel: 'email' }).warnings).toContain('no-next-step')
  })

  it('is deterministic for a seed and varies across seeds', () => {
    const input = { message: "I can't believe how frustrating this is.", nextStep: { what: 'fix it', by: '2026-11-20T21:00:00Z' }, channel: 'email' as const }
    expect(composeReply({ ...input, seed: 'a' })).toEqual(composeReply({ ...input, seed: 'a' }))
    const texts = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => composeReply({ ...input, seed }).text))
    expect(texts.size).toBeGreaterThan(1)
  })

  it('follows the recipe it is given', () => {
    const input = { message: 'So frustrating!!', nextStep: { what: 'fix it', by: '2026-11-20T21:00:00Z' }, channel: 'email' as const, customer: { name: 'Dana' } }
    expect(composeReply({ ...input, recipe: 'heard' }).parts.map((p) => p.kind)).toEqual(['greeting', 'acknowledge', 'reflect', 'own', 'next-step'])
    expect(composeReply({ ...input, recipe: ['reflect', 'propose'] }).parts.map((p) => p.kind)).toEqual(['reflect', 'next-step'])
  })

  it('lists every problem with the input at once', () => {
    const result = tryComposeReply({ message: 5, reading: {}, channel: 'fax', tone: 'sarcastic', recipe: ['reflect', 'dance'], nextStep: { what: 'soon', by: 'ASAP' }, now: 'today' })
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['conflict', 'reading'],
      ['not-a-string', 'message'],
      ['not-an-object', 'reading'],
      ['vague', 'nextStep.what'],
      ['vague-time', 'nextStep.by'],
      ['invalid-enum', 'channel'],
      ['invalid-enum', 'tone'],
      ['invalid-date', 'now'],
      ['unknown-step', 'recipe.1'],
    ])
    try {
      composeReply(null as never)
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-options')
    }
  })

  it('does not mutate its input', () => {
    const input = { conversation: [{ role: 'customer' as const, text: 'Where is it?' }], channel: 'email' as const, customer: { name: 'Dana', promises: [] } }
    const before = structuredClone(input)
    composeReply(input)
    expect(input).toEqual(before)
  })

  it('meets what the customer means: a state in a dispute, a worry from a breach, a lock-out from a place', () => {
    // "perfect condition" beside a deposit kept is a fact in a dispute, not praise to be glad of.
    const deposit = composeReply({ message: 'We were charged a £200 damage deposit that was never returned. The car was returned in perfect condition.', channel: 'chat' }).text
    expect(deposit).not.toMatch(/great to hear/)
    expect(deposit).toContain('getting your £200 back to you')
    expect(composeReply({ message: 'The parcel arrived in perfect condition.', channel: 'chat' }).text).toContain('great to hear')
    // A worry read from a breach is met as one, not as being locked out.
    const hacked = composeReply({ message: 'My account got hacked.', channel: 'chat' }).text
    expect(hacked).toContain('who can see your information')
    expect(hacked).not.toMatch(/Being locked out/)
    expect(composeReply({ message: "I'm worried, I'm locked out of my account and someone has changed my email.", channel: 'chat' }).text).toContain('Being locked out of your account is worrying')
    // Locked out of a car or a door is no account to get back into.
    const car = composeReply({ message: '@Tesla the car locked me out in the rain with my phone key working fine. 45 minutes', channel: 'chat' }).text
    expect(car).toContain('getting this working for you again')
    expect(car).not.toMatch(/your account/)
    expect(composeReply({ message: "I'm disabled and my carer can't get in because the smart lock you fitted has stopped working", channel: 'chat' }).text).not.toMatch(/your account/)
    expect(composeReply({ message: "I'm locked out and can't get in.", channel: 'chat' }).text).toContain('back into your account')
    // A question asked only in disbelief beside a trouble wants the trouble fixed, not an answer.
    const queue = composeReply({ message: "Ok so I've now been waiting 40 minutes in the chat queue. Seriously?", channel: 'chat' }).text
    expect(queue).toContain('getting this fixed for you')
    expect(queue).not.toMatch(/clear answer/)
    expect(composeReply({ message: 'Really? Is that the only option?', channel: 'chat' }).text).toContain('clear answer')
    // Praise of a driver's manners is thanked; with a turn after it, it is not the whole message.
    expect(composeReply({ message: 'I just wanted to let you know the driver was very polite.', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    expect(composeReply({ message: 'The driver was polite but the parcel was damaged.', channel: 'chat' }).text).not.toMatch(/kind of you/)
    expect(composeReply({ message: 'Well done to your team for getting the trains running again so fast after the storm.', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    for (const message of ['Whoever designed this checkout page deserves a medal, so easy.', 'Hats off to your team, the move went perfectly.', "I've never had a problem with you in 10 years.", "Wow, I wasn't expecting a full refund. That's really good of you."]) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain("Thank you, that's kind of you.")
    }
    expect(composeReply({ message: 'Great job losing my parcel again.', channel: 'chat' }).text).not.toMatch(/kind of you/)
    expect(composeReply({ message: '@Ocado driver was an absolute star, carried everything up 4 flights of stairs for my nan', channel: 'chat' }).text).toContain("Thank you, that's kind of you.")
    // A question after thanks for something done is answered; a competitor named in a question is
    // no decision to leave.
    expect(composeReply({ message: 'Thank you for the refund. Could you also tell me when the replacement will ship?', channel: 'chat' }).text).toContain('clear answer')
    const match = composeReply({ message: 'Your competitor offers this for half the price. Can you match it?', channel: 'chat' })
    expect(match.text).not.toMatch(/decided to leave/)
    expect(match.text).toContain('clear answer')
    expect(match.note ?? '').not.toMatch(/leaving/)
    expect(composeReply({ message: "I'm switching to your competitor.", channel: 'chat' }).text).toContain('decided to leave')
    // Something gone wrong, told with no feeling read and nothing asked, is to be fixed; a need or a
    // request is to be done.
    for (const message of ["The engineer came on the 3rd as booked but didn't have the right part.", 'Your website keeps saying my password is wrong even after resetting it.']) {
      expect(composeReply({ message, channel: 'chat' }).text, message).toContain('getting this fixed for you')
    }
    expect(composeReply({ message: 'I need to change the name on my booking, my partner is travelling instead of me.', channel: 'chat' }).text).toContain('getting this done for you')
    // A request told as an instruction is done, and a worry read only from a breach's words is not
    // said back to it; told with a plea for help, it is.
    expect(composeReply({ message: "Change my delivery address to 14 Park Road, I'm not at the old one.", channel: 'chat' }).text).toContain('getting this done for you')
    expect(composeReply({ message: 'Remove my card details from your system.', channel: 'chat' }).text).not.toMatch(/worried/)
    expect(composeReply({ message: '@Uber someone is using my account in another city right now. Please help', channel: 'chat' }).text).toContain('worried about who can see your information')
    // "Not urgent" is not heard as urgent.
    expect(composeReply({ message: "Not urgent, but the link in your newsletter doesn't work.", channel: 'chat' }).text).not.toMatch(/urgent/)
  })

  it('hears the words a customer chose: money taken twice, "upset", leaving, an apology for writing, "I\'m afraid", a job', () => {
    const reply = (message: string) => composeReply({ message, channel: 'chat' }).text
    // Money taken twice is money owed back, though the words of it read as a failure, not the concern.
    expect(reply("You've taken my rent money twice this month. I now can't pay my rent.")).toContain('getting your money back to you')
    expect(reply('wtf why did u charge me twice???')).toContain('getting your money back to you')
    // "upset" is said back as upset, not as an expectation let down.
    const upset = reply("my train was cancelled and now I've missed my mum's 70th birthday dinner. really upset.")
    expect(upset).toContain('I can tell how upsetting this has been.')
    expect(upset).not.toMatch(/what you expected/)
    expect(reply("I'm disabled and the driver refused to help me with my bags. I'm really hurt by how I was treated.")).toContain('I can tell how upsetting this has been.')
    // A need for an answer is answered, not "done"; so is a yes-or-no question after a greeting or
    // "but", "just checking whether ..." with no question mark (about money too), and "I have a
    // question".
    for (const message of [
      'Time is running out, I need an answer today.',
      "I'd like an update on my order please.",
      'Hey, quick question: does the Pro plan include SSO?',
      'Sorry to chase, but is there any update on my claim?',
      'Just checking whether my payment went through okay.',
      'Just checking if my parcel has shipped.',
      'Sorry for my English. I have a question about my bill.',
    ]) {
      expect(reply(message), message).toContain('getting you a clear answer')
    }
    // A question whether there is a way asks for it done; one told beside something gone wrong, for
    // it to be fixed.
    expect(reply("Is there any way I can speed up delivery? It's a gift for Friday.")).toContain('getting this done for you')
    expect(reply("I have a question about my order, it hasn't arrived and it's been 2 weeks.")).toContain('getting this fixed for you')
    // An appointment asked about, with nothing wrong told, is answered: the customer does not "need
    // this in time for" the very appointment they ask about. (With something wrong, the date is said.)
    const confirm = reply('Can you confirm my appointment for Thursday at 2pm is still going ahead?')
    expect(confirm).toContain('getting you a clear answer')
    expect(confirm).not.toMatch(/in time for/)
    expect(reply('Is my appointment on Friday still on? The engineer never called.')).toContain('in time for your appointment, Friday')
    // A lone "Great." after a loss is no good news.
    expect(reply('The new app update deleted all my saved addresses and payment cards. Great.')).not.toMatch(/great to hear/)
    // Disbelief of a customer who says they are leaving is let down, not surprised.
    const leaving = reply("honestly can't believe how bad this has been. never ordering again")
    expect(leaving).not.toMatch(/surprise/)
    expect(leaving).toContain("isn't what you expected")
    expect(reply('Wow, I did not expect the parcel to arrive today!')).not.toMatch(/what you expected from us/)
    // Shock at how badly something went is exasperation, with or without a concern beside it.
    expect(reply("I'm genuinely shocked at how badly this has been handled.")).not.toMatch(/surprise/)
    // An apology for writing at all gives way to the worry beside it, but not to the sorrow read from
    // the apology's own words.
    const stressed = reply("Sorry for the long email. I'm just so stressed about all of this, the move is on Friday and nothing is connected.")
    expect(stressed).toMatch(/worried/)
    expect(stressed).not.toMatch(/nothing to apologise for/)
    expect(reply('Sorry to be a pain, but I have been locked out again.')).not.toMatch(/sounds really hard/)
    expect(reply('Sorry to bother you, do you ship to Ireland?')).toMatch(/no bother|glad you got in touch|apologise/i)
    // An apology for the customer's own conduct is met as an apology, not as a complaint about rudeness;
    // rudeness told of us after "sorry" is still one.
    for (const message of ["I'm so sorry for the rude message yesterday, I was having a terrible day.", 'Apologies for my rude email earlier, I was stressed.', 'Sorry for snapping at your colleague earlier.']) {
      expect(reply(message), message).toContain('nothing to apologise for')
      expect(reply(message), message).not.toMatch(/frustrating|worried/)
    }
    expect(reply('Sorry but your driver was really rude to me.')).not.toMatch(/nothing to apologise for/)
    // "I'm afraid" breaking news is courtesy, not fear; fear of what may come is still heard.
    for (const message of ["I'm afraid I need to cancel my order", "I'm afraid the parcel still hasn't arrived.", "Afraid it's still not working."]) {
      expect(reply(message), message).not.toMatch(/worr/)
    }
    expect(reply("I'm afraid I need to cancel my order")).toContain('getting this done for you')
    expect(reply("I'm afraid the boiler might explode")).toMatch(/worried/)
    expect(reply('I am afraid of flying, can I get a seat near the front?')).toMatch(/worried/)
    // A livelihood that is the customer's job is their work, not their business.
    const job = reply("I'm afraid I'll lose my job over this")
    expect(job).toContain('affecting your work')
    expect(job).not.toMatch(/business/)
    expect(reply("I'm worried, our shop can't take card payments")).toContain('your business')
    // A worry about the event itself needs nothing ready in time for it; a worry about what the
    // event needs does.
    const installation = reply("I'm really nervous about the installation tomorrow, will someone call before they come?")
    expect(installation).not.toMatch(/ready in time/)
    expect(installation).toContain('before tomorrow')
    expect(reply("I'm worried my flight on Thursday will be affected by the strike.")).not.toMatch(/ready in time/)
    expect(reply("I'm so anxious about my son's party on Saturday, the cake still hasn't come")).toContain("worried it won't be ready in time for your son's party, Saturday")
    // Something stolen or unlike its photos, told with no feeling, is to be fixed, not "done".
    expect(reply('The courier left my parcel on the doorstep in full view of the street and it was stolen.')).toContain('getting this fixed for you')
    expect(reply('The colour is completely different to the photos. Very misleading.')).toContain('getting this fixed for you')
    expect(reply('I need to change the name on my booking to a different person.')).toContain('getting this done for you')
    // Kids melting on a hot plane are people to keep safe, not a product to stop using; a driver
    // who was great is thanked.
    const tarmac = reply('@Delta stuck on the tarmac for 2 hours with no AC and no water. kids are melting. this is unacceptable')
    expect(tarmac).not.toMatch(/stop using/)
    expect(reply('@Uber your driver was great, gave me a water and a phone charger. 5 stars')).toContain("Thank you, that's kind of you.")
    // A number or a service to be transferred is no customer passed from person to person.
    for (const message of ['Can I get my number transferred to the new SIM?', "Hi, I'm moving house next week and need the broadband transferred. Can you help?"]) {
      expect(reply(message), message).not.toMatch(/person to person/)
    }
    expect(reply('I was transferred four times and nobody could help.')).toMatch(/person to person/)
    // Good times cut short are a complaint; "until next time" is a goodbye.
    expect(reply('I never had any issues until this month.')).toContain('getting this fixed for you')
    expect(reply('Never had a problem until the last update, now it crashes every day.')).not.toMatch(/kind of you/)
    expect(reply('No problem, until next time!')).toContain("Thank you, that's kind of you.")
    expect(reply('No complaints, everything arrived on time.')).not.toMatch(/fixed/)
    // A payment plan asked for is a way through hardship, not a task to get done.
    expect(reply("Please can you put me on a payment plan, I'm really struggling.")).toContain('finding a way through this that works for you')
  })
})

describe('reflect', () => {
  it('names only a feeling the reading found, never an accusing pseudo-feeling', () => {
    for (const scenario of scenarios) {
      if (!scenario.input.message) continue
      const reading = detectFeelings(scenario.input.message)
      const reflection = reflect(reading)
      if (!reading.primary) expect(reflection).toBeNull()
      // The primary feeling, or a worry the customer names beside a date, a danger or a livelihood
      // at stake ("My flight is tomorrow ... I am panicking"), which the reply answers first.
      else if (reflection?.feeling === 'anxiety' && reading.concerns.length > 0) expect(names(reading)).toContain('anxiety')
      else expect(reflection?.feeling).toBe(reading.primary)
      expect(reflection?.text ?? '').not.toMatch(/\b(ignored|cheated|abandoned|betrayed|neglected|manipulated)\b/i)
    }
  })

  it('reflects positive feelings too', () => {
    expect(reflect(detectFeelings('Thank you so much, you made my day!'))?.feeling).toBe('gratitude')
  })
})

describe("the customer's own words, only in the language they were written in", () => {
  const message = "My daughter's party is Saturday and the gift still hasn't shipped. I'm so worried."

  it('quotes the event and the day in an English reply', () => {
    const text = composeReply({ message, channel: 'chat', pack: en }).text
    expect(text).toContain("your daughter's party")
    expect(text).toContain('Saturday')
  })

  it('puts no English words into a Spanish reply (the es pack reads with the English tables)', () => {
    const reply = composeReply({ message, channel: 'email', pack: es, customer: { name: 'Dana' }, nextStep: { what: 'revisar el envío', by: '2026-11-20T21:00:00Z' } })
    expect(reply.text).not.toMatch(/Saturday|daughter|party/)
    expect(reply.text).toContain('te preocupa')
    expect(reply.note ?? '').not.toMatch(/Saturday|daughter/)
    expect(reflect(detectFeelings(message), { pack: es })?.text).not.toMatch(/Saturday/)
  })

  it("quotes them when the pack's detection tables read the pack's language", () => {
    const readsSpanish = { ...es, detect: { ...es.detect, language: 'es' } }
    expect(reflect(detectFeelings(message), { pack: readsSpanish })?.text).toContain('Saturday')
  })

  it("reports a pack whose detect tables cannot be read, instead of throwing something else", () => {
    const broken = { ...en, detect: { lexicon: 5 } } as unknown as typeof en
    const result = tryComposeReply({ message, channel: 'chat', pack: broken })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid-pack', 'pack.detect']])
    const thread = tryComposeReply({ conversation: [{ role: 'customer', text: message }], channel: 'chat', pack: broken })
    expect(thread.ok).toBe(false)
    if (!thread.ok) expect(thread.issues.map((i) => i.code)).toEqual(['invalid-pack'])
  })
})

describe('a repair plan in the reply language only', () => {
  const options = [
    { id: 'refund', label: 'Full refund', timeline: { hours: 4 }, costToCustomer: 0, effort: 'none' as const },
    { id: 'courier', label: 'Overnight courier', timeline: { days: 1 }, costToCustomer: 0, effort: 'low' as const },
  ]
  const now = '2026-11-20T15:00:00Z'

  it('refuses a plan written in English for a Spanish reply, naming the fix', () => {
    const plan = buildRepairPlan({ now, options })
    expect(plan.locale).toBe('en')
    const result = tryComposeReply({ message: 'Still no refund.', channel: 'email', pack: es, plan })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['plan-language', 'plan.locale']])
      expect(result.issues[0]?.message).toContain('buildRepairPlan')
    }
  })

  it('composes with a plan built with the same pack, and with a hand-made plan that names no locale', () => {
    const text = composeReply({ message: 'Still no refund.', channel: 'email', pack: es, plan: buildRepairPlan({ now, options, pack: es }) }).text
    expect(text).not.toMatch(/Here are|fastest|no cost to you/)
    const { locale: _dropped, ...handMade } = buildRepairPlan({ now, options })
    expect(tryComposeReply({ message: 'Still no refund.', channel: 'email', plan: handMade }).ok).toBe(true)
  })
})
