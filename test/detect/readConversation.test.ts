import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAttuneError, readConversation } from '../../src'
import type { ConversationTurn, Pack } from '../../src'
import { en } from '../../src/packs/en'

// A thread whose turns alternate, the customer's first.
const alternating = (...texts: string[]): ConversationTurn[] => texts.map((text, i) => ({ role: i % 2 ? 'agent' : 'customer', text }))

const demo = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'data', 'conversation.json'), 'utf8')) as { turns: ConversationTurn[] }

describe('readConversation', () => {
  it('matches the docs example', () => {
    const reading = readConversation([
      { role: 'customer', text: 'My card was charged twice for $49.99.' },
      { role: 'agent', text: 'Thanks for letting us know!' },
      { role: 'customer', text: 'Third time asking. This is ridiculous.' },
    ])
    expect(reading.trajectory).toBe('escalating')
    expect(reading.unaddressed.map((c) => c.concern)).toEqual(['money'])
  })

  it('reads a thread that ends in a threat to delete the account, made as a condition, as escalating', () => {
    const reading = readConversation([
      { role: 'customer', text: 'Your app charged me twice for the same ride.' },
      { role: 'agent', text: 'Can you send me the receipt numbers?' },
      { role: 'customer', text: "I already sent them yesterday. If this isn't refunded today I'm deleting my account." },
    ])
    expect(reading.trajectory).toBe('escalating')
    expect(reading.signals.find((s) => s.signal === 'churn-threat')?.detail).toEqual({ conditional: true })
    expect(reading.unaddressed.map((c) => c.concern)).toEqual(['money'])
  })

  it('reads every turn and accumulates the customer signals with their turns', () => {
    const reading = readConversation(demo.turns)
    expect(reading.turns).toHaveLength(demo.turns.length)
    const signals = new Map(reading.signals.map((s) => [s.signal, s]))
    expect(signals.get('repeat-contact')?.detail).toEqual({ count: 3 })
    expect(signals.get('transferred')?.detail).toEqual({ count: 2 })
    expect(signals.get('churn-threat')?.evidence.every((e) => e.turn === 4)).toBe(true)
    for (const signal of reading.signals) {
      for (const e of signal.evidence) expect(demo.turns[e.turn]?.text.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it('keeps the detail of the turn that first raised a concern', () => {
    const reading = readConversation(demo.turns)
    expect(reading.concerns.find((c) => c.concern === 'deadline')?.detail?.when).toBe('Saturday')
  })

  it('finds the concerns no later agent turn addressed, and not those one did', () => {
    const turns: ConversationTurn[] = [
      { role: 'customer', text: "I need the dress by Friday for my sister's wedding, and I was charged $20 for shipping." },
      { role: 'agent', text: 'I have refunded the $20 shipping charge.' },
    ]
    expect(readConversation(turns).unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    const answered = [...turns, { role: 'agent' as const, text: 'It will reach you Thursday, in time for the wedding.' }]
    expect(readConversation(answered).unaddressed).toEqual([])
  })

  it('opens a concern again when the customer raises it again after an agent dealt with it, until an agent deals with it again', () => {
    const turns: ConversationTurn[] = [
      { role: 'customer', text: 'I was charged £89 for a cancelled order.' },
      { role: 'agent', text: 'Thanks, I have passed this to our billing team.' },
      { role: 'customer', text: 'That was two weeks ago and I still have not had my money back.' },
    ]
    const reading = readConversation(turns)
    expect(reading.unaddressed.map((c) => [c.concern, c.turn])).toEqual([['money', 0]])
    expect(reading.trajectory).toBe('escalating')
    expect(readConversation([...turns, { role: 'agent', text: "I've refunded the £89 now, it will be with you in 3 days." }]).unaddressed).toEqual([])
    // A thankful turn that names the money again does not reopen it.
    const thanked: ConversationTurn[] = [
      { role: 'customer', text: 'You charged me twice for the same order.' },
      { role: 'agent', text: "I've refunded the duplicate payment." },
      { role: 'customer', text: 'Great, thank you so much for the quick refund!' },
    ]
    expect(readConversation(thanked).unaddressed).toEqual([])
  })

  it('calls thanks that turn to a concern still waiting, or a last turn raising a new one, not calming', () => {
    const thanksBut = readConversation([
      { role: 'customer', text: "I've been charged twice for my order and it still hasn't arrived. I need it for my son's birthday on Saturday." },
      { role: 'agent', text: "I'm sorry! I've refunded the duplicate charge." },
      { role: 'customer', text: 'Thanks, but what about the order? Saturday is in two days.' },
    ])
    expect(thanksBut.trajectory).toBe('steady')
    expect(thanksBut.unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    const raisesNew = readConversation([
      { role: 'customer', text: 'The engineer damaged my wall when installing the router and my broadband still is not working' },
      { role: 'agent', text: "I'm sorry to hear about the wall. I've raised a claim for the damage." },
      { role: 'customer', text: "And the broadband? I work from home, I've lost two days of work already." },
    ])
    expect(raisesNew.trajectory).not.toBe('calming')
    // Raised more upset than the first turn, after an answer, it has escalated.
    expect(readConversation([
      { role: 'customer', text: 'Your driver reversed into my car and drove off' },
      { role: 'agent', text: "I'm so sorry. Can you send us the registration of the van and any photos?" },
      { role: 'customer', text: 'Sent. What happens now?' },
      { role: 'agent', text: 'Our claims team will contact you within 2 working days.' },
      { role: 'customer', text: '2 days? I need my car for work tomorrow. This is ridiculous.' },
    ]).trajectory).toBe('escalating')
    // Thanks with nothing left waiting have calmed.
    expect(readConversation([
      { role: 'customer', text: 'I was charged twice for my train ticket, £54 each time' },
      { role: 'agent', text: "I'm sorry about that. I've refunded the duplicate £54 charge; it will show in 3-5 working days." },
      { role: 'customer', text: 'Brilliant, thank you for sorting that so fast!' },
    ]).trajectory).toBe('calming')
  })

  it('calls a concern asked after again, calmly, steady rather than calming', () => {
    const reading = readConversation([
      { role: 'customer', text: 'I was charged twice for my last order.' },
      { role: 'agent', text: 'Thanks for letting us know.' },
      { role: 'customer', text: 'So when will I get the money back?' },
    ])
    expect(reading.trajectory).toBe('steady')
    expect(reading.unaddressed.map((c) => c.concern)).toEqual(['money'])
    // "my last order" is the order before, not a threat never to order again.
    expect(reading.signals.map((s) => s.signal)).not.toContain('churn-threat')
    // Nor has a chase calmed because a word of it leans faintly to hope ("luck").
    const chased = readConversation([
      { role: 'customer', text: 'Can you explain the £15 charge on my latest bill?' },
      { role: 'agent', text: 'Let me take a look for you.' },
      { role: 'customer', text: 'Any luck?' },
    ])
    expect(chased.turns[2]?.reading?.feelings.map((f) => f.feeling)).toContain('hope')
    expect(chased.trajectory).toBe('steady')
  })

  it('calls a turn with no feeling that answers an agent\'s question steady, and a threat to leave unless it is fixed escalating', () => {
    const answered = readConversation([
      { role: 'customer', text: "I can't log in to the app, it says my password is wrong." },
      { role: 'agent', text: 'Could you tell me which email address you use?' },
      { role: 'customer', text: 'It is sam.jones@example.com' },
    ])
    expect(answered.trajectory).toBe('steady')
    expect(answered.unaddressed.map((c) => c.concern)).toEqual(['access'])
    expect(readConversation([
      { role: 'customer', text: 'I was charged twice for my order.' },
      { role: 'agent', text: 'Can you send me the order number?' },
      { role: 'customer', text: "It's 44817." },
    ]).trajectory).toBe('steady')
    const threat = readConversation([
      { role: 'customer', text: 'My broadband keeps dropping every evening.' },
      { role: 'agent', text: 'Please restart your router and let us know if it continues.' },
      { role: 'customer', text: "I've restarted it ten times. If it's not fixed this week I'm leaving." },
    ])
    expect(threat.trajectory).toBe('escalating')
    expect(threat.signals.find((s) => s.signal === 'churn-threat')?.detail).toEqual({ conditional: true })
    // A strong feeling gone still calms.
    expect(readConversation([
      { role: 'customer', text: "I'm furious, you've cancelled my order again!" },
      { role: 'agent', text: "I've put the order back through and it ships today." },
      { role: 'customer', text: 'OK, when will it arrive?' },
    ]).trajectory).toBe('calming')
    // "Oh brilliant" in thanks for a fix is no sarcasm: the thread calms.
    const fixed = readConversation([
      { role: 'customer', text: "I need my prescription before I go away on Friday, and it says it's out of stock." },
      { role: 'agent', text: "I've found it at our other branch and it'll be ready to collect tomorrow morning." },
      { role: 'customer', text: "Oh brilliant, that's a relief. Thank you." },
    ])
    expect(fixed.trajectory).toBe('calming')
    expect(fixed.unaddressed).toEqual([])
  })

  it('calls shouting in a later turn escalating, and confusion the customer named then cleared up calming', () => {
    const shouted = readConversation([
      { role: 'customer', text: 'My refund still has not arrived.' },
      { role: 'agent', text: 'Refunds take up to 10 working days.' },
      { role: 'customer', text: 'IT HAS BEEN 20 DAYS. PUT ME THROUGH TO A MANAGER.' },
    ])
    expect(shouted.trajectory).toBe('escalating')
    expect(shouted.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['shouting', 'escalation-request']))
    expect(readConversation([
      { role: 'customer', text: "I'm so confused, the app says my order is cancelled but I never cancelled it." },
      { role: 'agent', text: 'That was a display error, your order is still on its way and arrives tomorrow.' },
      { role: 'customer', text: 'Oh thank goodness, thanks for clearing that up.' },
    ]).trajectory).toBe('calming')
    // A question answered, with nothing wrong, stays steady.
    expect(readConversation([
      { role: 'customer', text: 'Hi, do you deliver to Guernsey?' },
      { role: 'agent', text: 'Yes, we deliver to the Channel Islands. It takes 5 to 7 days.' },
      { role: 'customer', text: 'And how much is delivery?' },
    ]).trajectory).toBe('steady')
    // An agent who secures the account has dealt with the break-in.
    expect(readConversation([
      { role: 'customer', text: "Someone has logged into my account from another country, I'm really worried." },
      { role: 'agent', text: "I've logged out every device, reset your password and turned on two-step verification. Your account is secure now." },
      { role: 'customer', text: "Thank you so much, that's a relief." },
    ]).unaddressed.map((c) => c.concern)).not.toContain('privacy')
  })

  it('calls asking again with the wait so far escalating, and hears a repair as dealing with a service down and the work it stopped', () => {
    const pressed = readConversation([
      { role: 'customer', text: "You've charged me £30 for a delivery that never came." },
      { role: 'agent', text: 'Deliveries can take up to 5 working days.' },
      { role: 'customer', text: "It's been 10 days! I want my £30 back." },
    ])
    expect(pressed.trajectory).toBe('escalating')
    const repaired = readConversation([
      { role: 'customer', text: 'My internet has been down since this morning and I work from home.' },
      { role: 'agent', text: "There was a fault at the exchange. It's been repaired and your connection should be back now." },
      { role: 'customer', text: "Yes it's back, thanks a lot." },
    ])
    expect(repaired.unaddressed).toEqual([])
    expect(repaired.trajectory).toBe('calming')
  })

  it('hears the ways an agent deals with a concern: a faster delivery, cancelled orders, a replacement, a fault fixed', () => {
    const unaddressed = (customer: string, agent: string) => readConversation([{ role: 'customer', text: customer }, { role: 'agent', text: agent }]).unaddressed.map((c) => c.concern)
    const present = 'My order is a birthday present for Saturday, will it arrive in time?'
    expect(unaddressed(present, "I've upgraded it to next-day delivery at no cost, so it'll arrive Friday.")).toEqual([])
    // Saying the order is on its way deals with nothing.
    expect(unaddressed(present, 'Your order is being processed and will be dispatched soon.')).toEqual(['deadline'])
    expect(unaddressed('I think someone has been using my card on your website, there are orders I never placed.', "I've blocked your card on our system and cancelled the orders.")).toEqual([])
    expect(unaddressed("My shop's card reader hasn't worked since yesterday and I'm losing sales.", "I've dispatched a replacement reader by same-day courier, it'll be with you by 4pm.")).toEqual([])
    expect(unaddressed('My internet has been down for three days.', 'An engineer fixed the line fault this morning, so your connection should be working now.')).toEqual([])
    expect(unaddressed("I've been charged £30 twice for the same order.", 'Thanks for your patience. Your order has now shipped.')).toEqual(['money'])
    // A delivery or a booking moved to a day that suits deals with the time the customer gave.
    expect(unaddressed('Is it possible to move my delivery to next week? I am away until Monday.', "Of course, I've moved it to Tuesday. You'll get a confirmation email shortly.")).toEqual([])
    expect(unaddressed('My appointment is on Friday but I have to work, can it be changed?', "No problem, I've rescheduled you for Monday at 10am.")).toEqual([])
  })

  it('counts a booked engineer as dealing with a service that is down, and a credit with money', () => {
    const turns: ConversationTurn[] = [
      { role: 'customer', text: "Hi, my broadband has been down since Tuesday and I work from home. I've already rung twice. I want compensation." },
      { role: 'agent', text: "I'm sorry to hear that. I've booked an engineer for Thursday between 8am and 1pm." },
    ]
    const reading = readConversation(turns)
    expect(reading.unaddressed.map((c) => c.concern)).not.toContain('access')
    expect(reading.unaddressed.map((c) => c.concern)).toContain('money')
    expect(reading.signals.map((s) => s.signal)).toContain('repeat-contact')
    const credited = [...turns, { role: 'agent' as const, text: "I've added a credit of £20 to your account for the inconvenience." }]
    expect(readConversation(credited).unaddressed.map((c) => c.concern)).not.toContain('money')
    // So does an engineer who can come today.
    expect(readConversation([
      { role: 'customer', text: "The heating isn't working and it's freezing in here." },
      { role: 'agent', text: 'An engineer can come today between 2 and 4pm.' },
      { role: 'customer', text: "That's great, thank you, I'll be in." },
    ]).unaddressed).toEqual([])
  })

  it('counts a payment plan as dealing with a lost job', () => {
    const hardship: ConversationTurn[] = [
      { role: 'customer', text: "I lost my job last month and can't pay this month's bill." },
      { role: 'agent', text: "I'm sorry to hear that. We'll look into your account." },
    ]
    expect(readConversation(hardship).unaddressed.map((c) => c.concern)).toContain('livelihood')
    const planned = [...hardship, { role: 'agent' as const, text: "I've set up a payment plan for you: £20 a month from next week." }]
    expect(readConversation(planned).unaddressed.map((c) => c.concern)).not.toContain('livelihood')
  })

  it('counts a blocked SIM, a frozen card, "unplug it" and a service back online as dealing with privacy, safety and access', () => {
    const pairs: [string, string][] = [
      ['My phone was stolen and I need to block the SIM urgently.', "I've blocked your SIM and ordered a replacement."],
      ["Someone used my card to buy £600 of stuff on your site. I didn't authorise it.", "I've frozen your card and refunded the £600."],
      ['The heater you sent is sparking when I plug it in.', "Please unplug it straight away; we'll collect it and send a replacement."],
      ["The boiler you fitted is leaking and there's water near the electrics.", 'Please turn off the water at the stopcock. An engineer will be with you within 2 hours.'],
      ['Our internet has been down for three days.', 'The engineer fixed the fault at the exchange, so you should be back online now.'],
    ]
    for (const [customer, agent] of pairs) {
      expect(readConversation([{ role: 'customer', text: customer }, { role: 'agent', text: agent }]).unaddressed, customer).toEqual([])
      // Without those words the concern is still open.
      expect(readConversation([{ role: 'customer', text: customer }, { role: 'agent', text: 'Thanks, we are looking into it.' }]).unaddressed.length, customer).toBeGreaterThan(0)
    }
  })

  it("counts an agent turn that deals with a concern in its own words ('unlocked your account') as addressing it", () => {
    const locked: ConversationTurn[] = [
      { role: 'customer', text: "I'm locked out of my account and I can't access my invoices." },
      { role: 'agent', text: "I've unlocked your account and sent a reset link to your email." },
    ]
    expect(readConversation(locked).unaddressed).toEqual([])
    const deflected: ConversationTurn[] = [locked[0] as ConversationTurn, { role: 'agent', text: 'Thanks for your patience, we are looking into it.' }]
    expect(readConversation(deflected).unaddressed.map((c) => c.concern)).toEqual(['access'])
    // Whole words only: "preset" is not "reset", and a phrase of one concern does not answer another.
    const refund: ConversationTurn[] = [
      { role: 'customer', text: 'You charged me twice and I want my money back.' },
      { role: 'agent', text: "I've unlocked the preset options for you." },
    ]
    expect(readConversation(refund).unaddressed.map((c) => c.concern)).toEqual(['money'])
    expect(readConversation([refund[0] as ConversationTurn, { role: 'agent', text: 'The duplicate charge has been reversed.' }]).unaddressed).toEqual([])
    // A breach worry is dealt with by telling the customer what was not affected; hardship by an
    // emergency payment.
    const breach: ConversationTurn[] = [
      { role: 'customer', text: 'Is my data safe after the breach you announced?' },
      { role: 'agent', text: "Your password wasn't affected, but we recommend turning on two-factor authentication." },
    ]
    expect(readConversation(breach).unaddressed).toEqual([])
    const pension: ConversationTurn[] = [
      { role: 'customer', text: "My grandmother's pension payment hasn't arrived and she has no money for food." },
      { role: 'agent', text: "I'm very sorry. I've issued an emergency payment which will be in her account within 2 hours." },
    ]
    expect(readConversation(pension).unaddressed).toEqual([])
    expect(readConversation([pension[0] as ConversationTurn, { role: 'agent', text: "I'm very sorry to hear that." }]).unaddressed.map((c) => c.concern)).toEqual(expect.arrayContaining(['livelihood']))
  })

  it('calls a calm request for a manager escalating, and thanks after a calmly raised problem calming', () => {
    expect(readConversation([
      { role: 'customer', text: 'Hi there, my package says delivered but I cannot find it anywhere. Could you help?' },
      { role: 'agent', text: 'Sorry to hear that! Could you check with your neighbours?' },
      { role: 'customer', text: "I already did. This is the second time I'm asking. I want to speak to a manager." },
    ]).trajectory).toBe('escalating')
    expect(readConversation([
      { role: 'customer', text: 'I was charged $30 twice for the same order. Please fix this.' },
      { role: 'agent', text: "You're right, I've refunded the duplicate $30 charge. You'll see it in 3-5 days." },
      { role: 'customer', text: 'Great, thanks for sorting it so fast.' },
    ]).trajectory).toBe('calming')
  })

  it('calls a conversation calming when the customer ends relieved', () => {
    expect(readConversation(demo.turns).trajectory).toBe('calming')
    const calming = readConversation([
      { role: 'customer', text: "I'm so frustrated, my order is lost and nobody answers." },
      { role: 'agent', text: 'I found it and sent it by courier; it arrives tomorrow.' },
      { role: 'customer', text: 'Thank you so much, what a relief!' },
    ])
    expect(calming.trajectory).toBe('calming')
  })

  it('takes relief the customer voices later, or thanks for it being sorted, as their concern dealt with, but not thanks alone, nor relief that raises it again', () => {
    const worried: ConversationTurn[] = [
      { role: 'customer', text: "I'm panicking, my passport was supposed to arrive before my flight on Tuesday and it's not here." },
      { role: 'agent', text: 'It reached the post office depot this morning.' },
    ]
    expect(readConversation(worried).unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    expect(readConversation([...worried, { role: 'customer', text: "Oh that's such a relief, I'll go and pick it up." }]).unaddressed).toEqual([])
    expect(readConversation([...worried, { role: 'customer', text: 'Ok, thanks.' }]).unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    // Thanks for it being sorted say so too.
    const down: ConversationTurn[] = [
      { role: 'customer', text: 'My internet has been down since Saturday and I work from home.' },
      { role: 'agent', text: "I'm sorry. I've booked an engineer for tomorrow morning and added a credit for the days you've lost." },
    ]
    expect(readConversation(down).unaddressed.map((c) => c.concern)).toEqual(['livelihood'])
    expect(readConversation([...down, { role: 'customer', text: 'Great, thanks for sorting that.' }]).unaddressed).toEqual([])
    // So do thanks or gladness that it works again; not thanks that only wait for news.
    for (const text of ["Brilliant, it's back. Thanks for the update.", 'Updated and it works now. Cheers.', 'Thank you, that really helps.']) {
      expect(readConversation([...down, { role: 'customer', text }]).unaddressed, text).toEqual([])
    }
    for (const text of ['Thanks for the update.', "Thanks, I'll wait to hear back."]) {
      expect(readConversation([...down, { role: 'customer', text }]).unaddressed.map((c) => c.concern), text).toEqual(['livelihood'])
    }
    expect(readConversation([...worried, { role: 'customer', text: "Phew, but will it still be here before my flight on Tuesday?" }]).unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    // An agent turn that says it cannot do it names the concern without dealing with it.
    const party: ConversationTurn[] = [{ role: 'customer', text: "I need my parcel for my son's birthday tomorrow!" }]
    expect(readConversation([...party, { role: 'agent', text: "I'm afraid I can't guarantee it will arrive tomorrow." }]).unaddressed.map((c) => c.concern)).toEqual(['deadline'])
    expect(readConversation([...party, { role: 'agent', text: "I've upgraded it to next day delivery, it will arrive tomorrow." }]).unaddressed).toEqual([])
    // A danger dealt with: the agent asks after everyone and sends help, or the customer says they are safe.
    const broke: ConversationTurn[] = [{ role: 'customer', text: 'The hire car broke down on the motorway with my kids in the back.' }]
    expect(readConversation([...broke, { role: 'agent', text: 'I understand.' }]).unaddressed.map((c) => c.concern)).toEqual(['safety'])
    expect(readConversation([...broke, { role: 'agent', text: "I'm so sorry. Are you all safe? A recovery truck is on its way." }]).unaddressed).toEqual([])
    expect(readConversation([...broke, { role: 'agent', text: 'I understand.' }, { role: 'customer', text: "We're safe now, thank you." }]).unaddressed).toEqual([])
    // An engineer on the way deals with a danger at home.
    expect(readConversation([{ role: 'customer', text: 'My kids are freezing, the heating has been off for three days.' }, { role: 'agent', text: 'An engineer will be there between 8 and 12 tomorrow.' }]).unaddressed.map((c) => c.concern)).not.toContain('safety')
  })

  it('calls a money complaint the agent twice talks past escalating, with the concern unaddressed and the threat to dispute it', () => {
    const reading = readConversation([
      { role: 'customer', text: 'I was billed £60 for a cancelled subscription.' },
      { role: 'agent', text: 'Sorry for the trouble. Is there anything else I can help with?' },
      { role: 'customer', text: 'Yes, the £60! This is my second message about it.' },
      { role: 'agent', text: 'We appreciate your patience.' },
      { role: 'customer', text: "I'm reporting this to my bank as fraud." },
    ])
    expect(reading.trajectory).toBe('escalating')
    expect(reading.unaddressed.map((c) => c.concern)).toEqual(['money'])
    expect(reading.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['repeat-contact', 'legal-threat']))
  })

  it('reads being transferred again and again as frustration', () => {
    const reading = readConversation([
      { role: 'customer', text: 'Hi, my router keeps dropping the connection.' },
      { role: 'agent', text: 'Let me transfer you to our technical team.' },
      { role: 'customer', text: "I've now been transferred three times and nobody has fixed anything. Get me a manager." },
    ])
    expect(reading.turns[2]?.reading.primary).toBe('frustration')
    expect(reading.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['transferred', 'escalation-request']))
  })

  it('calls asking again, upset, about a concern no agent turn spoke to escalating, even in fewer words', () => {
    const reading = readConversation([
      { role: 'customer', text: 'Hi, I returned the jacket two weeks ago and still have not got my refund of $120.' },
      { role: 'agent', text: 'Thanks for your patience! Refunds take 5-7 business days.' },
      { role: 'customer', text: "It's been 14 business days now. Where is my money?" },
    ])
    expect(reading.turns[2]?.reading.primary).toBe('frustration')
    expect(reading.unaddressed.map((u) => u.concern)).toEqual(['money'])
    expect(reading.signals.find((s) => s.signal === 'waiting')?.detail).toEqual({ duration: '14 business days' })
    expect(reading.trajectory).toBe('escalating')
  })

  it('calls an apology after an outburst calming: embarrassment turned on oneself is not escalation', () => {
    const reading = readConversation([
      { role: 'customer', text: 'You people are useless, three weeks and no package.' },
      { role: 'agent', text: "I've tracked it: it's at the local depot and I've booked delivery for tomorrow morning." },
      { role: 'customer', text: 'ok fine. sorry for snapping, it has been a long week.' },
    ])
    expect(reading.signals.map((s) => s.signal)).toContain('abuse')
    expect(reading.trajectory).toBe('calming')
  })

  it('calls a danger pressed again with urgency escalating, and a last turn still upset not calming', () => {
    const alarm = readConversation([
      { role: 'customer', text: "My mum's care alarm pendant isn't working and she lives alone." },
      { role: 'agent', text: "I'm sorry to hear that. We'll post a replacement pendant today." },
      { role: 'customer', text: 'Post?? She could fall tonight. She needs someone out today.' },
    ])
    expect(alarm.trajectory).toBe('escalating')
    expect(alarm.unaddressed.map((u) => u.concern)).toContain('safety')
    const leaving = readConversation([
      { role: 'customer', text: "I've been on hold for 40 minutes. I want to cancel my contract." },
      { role: 'agent', text: "I'm sorry for the wait. Before you go, can I ask what's made you want to leave?" },
      { role: 'customer', text: 'Your service has been terrible for months and nobody ever calls back. Just cancel it.' },
    ])
    expect(leaving.trajectory).not.toBe('calming')
    // A last turn that reads no feeling but pushes back ("Tomorrow?!") has not calmed.
    const tomorrow = readConversation([
      { role: 'customer', text: "My mum's care alarm isn't working and she lives alone." },
      { role: 'agent', text: "I'm sorry to hear that. I'll book an engineer for tomorrow." },
      { role: 'customer', text: 'Tomorrow?! She could fall tonight.' },
    ])
    expect(tomorrow.trajectory).not.toBe('calming')
    // A refund asked for again, exasperated, after turns that did not give it, has escalated.
    expect(readConversation([
      { role: 'customer', text: 'I was charged twice for my order, £45 each time.' },
      { role: 'agent', text: 'Thanks for letting us know. Can you confirm your order number?' },
      { role: 'customer', text: 'I already gave it to the last person. 48213.' },
      { role: 'agent', text: 'Thanks. I can see the order.' },
      { role: 'customer', text: 'So are you refunding me or not?? This is ridiculous.' },
    ]).trajectory).toBe('escalating')
  })

  it('is steady with a single customer turn, and empty for no turns', () => {
    expect(readConversation([{ role: 'customer', text: 'Where is my order?' }]).trajectory).toBe('steady')
    expect(readConversation([])).toEqual({ turns: [], trajectory: 'steady', signals: [], concerns: [], unaddressed: [] })
  })

  it('lists every malformed turn in one invalid-input error', () => {
    try {
      readConversation([{ role: 'client', text: 1 }, null, { role: 'agent', text: 'ok', at: 5 }] as unknown as ConversationTurn[])
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-input')
      expect(isAttuneError(error) && error.issues.map((i) => i.path)).toEqual([[0, 'role'], [0, 'text'], [1], [2, 'at']])
    }
    expect(() => readConversation('hello' as unknown as ConversationTurn[])).toThrowError(/invalid-input/)
  })

  it('does not mutate the turns it is given', () => {
    const turns = structuredClone(demo.turns)
    readConversation(turns)
    expect(turns).toEqual(demo.turns)
  })

  it('reads with the en tables, and knows their phrases of dealing with a concern, when a pack brings no detection tables', () => {
    const turns: ConversationTurn[] = [
      { role: 'customer', text: 'I was charged twice for my order.' },
      { role: 'agent', text: 'I have refunded the second charge.' },
    ]
    const noTables = { ...en, detect: undefined } as unknown as Pack
    expect(readConversation(turns, { pack: noTables }).unaddressed).toEqual([])
    expect(readConversation(turns.slice(0, 1), { pack: noTables }).unaddressed.map((u) => u.concern)).toEqual(['money'])
  })

  it('hears a bare "yes" to an agent\'s question as assent, not as the customer calming', () => {
    expect(readConversation(alternating('My parcel is late.', 'Sorry! Shall I chase the courier?', 'Yes')).trajectory).toBe('steady')
    // Accepting what was offered, after a complaint, has calmed.
    expect(readConversation(alternating('I was charged twice for my order.', 'Sorry about that! Would you like a refund?', 'Yes please.')).trajectory).toBe('calming')
    // A "yes" that answers and then demands the money back has not.
    expect(readConversation(alternating('My package says delivered but I never got it.', 'Have you checked with your neighbours?', 'Yes, obviously. Nobody has it. I want a replacement or my money back.')).trajectory).not.toBe('calming')
  })

  it('does not call one curt word calming, calls a puzzlement said to be cleared up calming, and hears an offer taken up as no new concern', () => {
    expect(readConversation(alternating("It's been 5 weeks and I still don't have my refund.", "I can see it was approved. It'll be with you soon.", "That's what I was told 3 weeks ago.", "I'm sorry, I'll escalate it to our finance team now.", 'Fine.')).trajectory).not.toBe('calming')
    const bill = readConversation(alternating("I'm so confused by this bill, why is it £200?", 'The bill includes three months of usage because your meter readings were estimated. I can set up a payment plan if that helps.', 'Ah that makes sense now. Yes please, a payment plan would help.'))
    expect(bill.trajectory).toBe('calming')
    expect(bill.unaddressed.map((c) => c.concern)).not.toContain('livelihood')
    // An emergency engineer on the way deals with a service down.
    expect(readConversation(alternating('The boiler is leaking water onto the electrics.', "Please turn off the power at the fuse box and don't touch the boiler. An emergency engineer is on the way.", 'Done, thank you.')).unaddressed).toEqual([])
  })

  it('calls a named "can\'t find" cleared up calming, and hears a connection reset and "seems better now" as access dealt with', () => {
    expect(readConversation(alternating("Hi, I can't find the tracking number for my order.", "It's in your confirmation email, or here it is: JD0001234.", 'Got it, thanks!')).trajectory).toBe('calming')
    const line = readConversation(alternating("My internet keeps dropping out, it's driving me mad.", "Sorry about that. I've run a line test and reset your connection from our end.", 'Seems better now, thanks.'))
    expect(line.trajectory).toBe('calming')
    expect(line.unaddressed).toEqual([])
  })

  it('reads a wait told again, upset, as escalating: the customer has had to say it twice', () => {
    expect(readConversation(alternating("I've been on hold for 2 hours trying to cancel.", "I'm sorry about the wait. Can I ask why you'd like to cancel?", "Because I've been on hold for 2 hours! Just cancel it please.")).trajectory).toBe('escalating')
    // Told again with the problem put right, it has calmed.
    expect(readConversation(alternating('I have been waiting 2 weeks for my parcel.', 'Sorry! It will arrive tomorrow.', "Thanks, it's here now, great after waiting 2 weeks!")).trajectory).toBe('calming')
  })
})
