import type { Message } from '../../types/pack'

// Brazilian Portuguese as a support agent writes it: "você" throughout, "o senhor / a senhora"
// avoided (it needs the customer's gender); formal tones lean on fuller sentences instead.
// prettier-ignore
export const messages: Record<string, Message> = {
  'greeting.named': { text: 'Olá, {name}!', vars: { name: 'string' }, variants: { tone: { formal: 'Prezado(a) {name},', warm: 'Oi, {name}!' }, channel: { chat: 'Oi, {name}!', phone: 'Olá, {name}, obrigado por ligar.', sms: 'Olá, {name}!', social: 'Olá, {name}!' } } },
  'greeting.anonymous': { text: 'Olá!', vars: {}, variants: { tone: { formal: 'Bom dia,' }, channel: { chat: 'Oi!', phone: 'Olá, obrigado por ligar.', social: 'Olá!' } } },

  'acknowledge.received': { text: 'Obrigado por entrar em contato sobre {topic}.', vars: { topic: 'string' }, variants: { alternatives: ['Obrigado pela sua mensagem sobre {topic}.'], channel: { sms: 'Recebemos sua mensagem sobre {topic}.', phone: 'Obrigado por ligar sobre {topic}.' } } },
  'acknowledge.received-generic': { text: 'Obrigado por entrar em contato.', vars: {}, variants: { alternatives: ['Obrigado pela sua mensagem.'], channel: { sms: 'Recebemos sua mensagem.', phone: 'Obrigado por ligar.' } } },
  'acknowledge.owner': { text: 'Sou {owner} e vou acompanhar isso até estar resolvido.', vars: { owner: 'string' }, variants: { channel: { sms: 'Aqui é {owner}, já estou cuidando disso.', phone: 'Meu nome é {owner}... e vou acompanhar isso até estar resolvido.' } } },
  'acknowledge.owner-team': { text: 'Sou {owner}, da equipe de {team}, e vou acompanhar isso até estar resolvido.', vars: { owner: 'string', team: 'string' }, variants: { channel: { sms: 'Aqui é {owner} ({team}), já estou cuidando disso.' } } },
  'acknowledge.urgent': { text: 'Vejo que é urgente, então já estou cuidando disso agora.', vars: {}, variants: { channel: { sms: 'Sei que é urgente.' } } },
  'acknowledge.deadline': { text: 'Sei que você precisa disso a tempo para {event}, {when}.', vars: { event: 'string', when: 'string' }, variants: { channel: { sms: 'Sei que é para {event}, {when}.' } } },
  'acknowledge.milestone': { text: 'Próximo passo: {what}, até {by, date, ::EEEE}, às {by, time, short}.', vars: { what: 'string', by: 'date' }, variants: { channel: { phone: 'O próximo passo é {what}... até {by, date, ::EEEE}, às {by, time, short}.', sms: 'Próximo passo: {what} até {by, date, ::EEE} {by, time, short}.' } } },
  'acknowledge.updates': { text: 'Vou te mandar atualizações por {channel}, e você pode responder por lá quando quiser.', vars: { channel: 'string' }, variants: { tone: { formal: 'Enviaremos atualizações por {channel}, e você pode responder por lá a qualquer momento.' }, channel: { sms: 'Atualizações por {channel}.' } } },

  'reflect.frustration': { text: 'Entendo como isso tem sido frustrante.', vars: {}, variants: { alternatives: ['Imagino o quanto isso tem sido cansativo e frustrante.'], tone: { formal: 'Compreendo o quanto esta situação tem sido frustrante.' } } },
  'reflect.anger': { text: 'Entendo que isso tenha te chateado.', vars: {}, variants: { tone: { formal: 'Compreendo o seu descontentamento com esta situação.' } } },
  'reflect.disgust': { text: 'Isso não é o que ninguém deveria receber.', vars: {} },
  'reflect.anxiety': { text: 'Parece que isso está te preocupando.', vars: {}, variants: { alternatives: ['Entendo a sua preocupação.'], tone: { formal: 'Compreendo a sua preocupação com o desfecho disso.' } } },
  'reflect.anxiety.deadline': { text: 'Parece que te preocupa não ficar pronto a tempo para {event}, {when}.', vars: { event: 'string', when: 'string' }, variants: { tone: { formal: 'Compreendo a sua preocupação de que não fique pronto a tempo para {event}, {when}.' } } },
  'reflect.anxiety.money': { text: 'Entendo que esses {amount} estejam te preocupando.', vars: { amount: 'string' } },
  'reflect.anxiety.access': { text: 'Ficar sem acesso à conta preocupa, ainda mais quando você precisa dela.', vars: {} },
  'reflect.anxiety.safety': { text: 'Entendo que isso te preocupe pela sua segurança, e ela vem em primeiro lugar.', vars: {} },
  'reflect.anxiety.privacy': { text: 'Entendo a sua preocupação com quem pode ver os seus dados.', vars: {} },
  'reflect.anxiety.livelihood': { text: 'Entendo que isso está afetando o seu negócio, e isso tem um custo real.', vars: {} },
  'reflect.frustration.repeat-contact': { text: 'Ter que falar com a gente {count, plural, =2 {duas vezes} other {# vezes}} sobre a mesma coisa é frustrante, e não deveria ter chegado a esse ponto.', vars: { count: 'number' } },
  'reflect.frustration.waiting': { text: 'Esperar {duration} sem resposta é frustrante.', vars: { duration: 'string' } },
  'reflect.frustration.transferred': { text: 'Ser passado de uma pessoa para outra cansa, e você merecia alguém cuidando disso desde o início.', vars: {} },
  'reflect.sadness': { text: 'Sinto muito, isso parece muito difícil.', vars: {} },
  'reflect.disappointment': { text: 'Vejo que não é o que você esperava da gente.', vars: {}, variants: { alternatives: ['Vejo que isso ficou abaixo do que você esperava.'], tone: { formal: 'Compreendo que isso não corresponde ao que você esperava de nós.' } } },
  'reflect.embarrassment': { text: 'Não precisa se desculpar: isso acontece mais do que você imagina.', vars: {} },
  'reflect.exhaustion': { text: 'Parece que isso te esgotou, então deixa comigo a partir daqui.', vars: {}, variants: { tone: { formal: 'Compreendo que isso tem sido desgastante; a partir daqui, eu assumo.' } } },
  'reflect.confusion': { text: 'Parece que o que te disseram não fechou.', vars: {}, variants: { alternatives: ['Entendo que isso esteja confuso.'], tone: { formal: 'Compreendo que as informações recebidas não ficaram claras.' } } },
  'reflect.surprise': { text: 'Vejo que isso te pegou de surpresa.', vars: {} },
  'reflect.gratitude': { text: 'Obrigado, é muita gentileza sua.', vars: {} },
  'reflect.relief': { text: 'Que bom que isso tirou um peso das suas costas.', vars: {} },
  'reflect.joy': { text: 'Que ótimo saber disso!', vars: {}, variants: { alternatives: ['Que notícia boa!'], tone: { formal: 'Ficamos muito felizes em saber.' } } },
  'reflect.hope': { text: 'Vejo que você está torcendo para dar certo, e eu também quero que dê.', vars: {} },

  'reframe.deadline': { text: 'O importante agora é resolver isso antes de {when}.', vars: { when: 'string' }, variants: { tone: { formal: 'Nossa prioridade agora é resolver isso antes de {when}.' } } },
  'reframe.money': { text: 'O importante agora é devolver os seus {amount}.', vars: { amount: 'string' } },
  'reframe.access': { text: 'O importante agora é você voltar a acessar a sua conta.', vars: {} },
  'reframe.safety': { text: 'O mais importante é a sua segurança: por favor, pare de usar até resolvermos isso.', vars: {} },
  'reframe.privacy': { text: 'O importante agora é garantir que os seus dados estejam protegidos.', vars: {} },
  'reframe.livelihood': { text: 'O importante agora é o seu negócio voltar a funcionar.', vars: {} },
  'reframe.generic': { text: 'O importante agora é resolver isso para você.', vars: {}, variants: { tone: { formal: 'Nossa prioridade agora é resolver isso para você.' } } },

  'own.promise-broken': { text: 'Prometemos {what} até {due, date, ::EEEE} e não cumprimos. A falha foi nossa.', vars: { what: 'string', due: 'date' } },
  'own.promise-pending': { text: 'Ainda te devemos {what} até {due, date, ::EEEE}, e estou acompanhando isso.', vars: { what: 'string', due: 'date' } },
  'own.case': { text: 'Vou cuidar disso pessoalmente até o fim.', vars: {}, variants: { alternatives: ['A partir de agora isso fica comigo, até resolver.'] } },

  'propose.next-step': { text: 'Vou {what} e te dou um retorno até {by, date, ::EEEE}, às {by, time, short}.', vars: { what: 'string', by: 'date' }, variants: { tone: { formal: 'Vou {what} e retorno até {by, date, ::EEEE}, às {by, time, short}.' }, channel: { phone: 'Vou fazer o seguinte... vou {what}. Te dou um retorno até {by, date, ::EEEE}, às {by, time, short}.', sms: 'Vou {what}; retorno até {by, date, ::EEE} {by, time, short}.' } } },
  'propose.options-intro': { text: '{count, plural, one {Isto é o que posso oferecer:} other {Você tem # opções:}}', vars: { count: 'number' }, variants: { channel: { phone: '{count, plural, one {Isto é o que posso oferecer...} other {Tenho # opções para você...}}' } } },
  'propose.option': { text: '{label}: {tradeoff}', vars: { label: 'string', tradeoff: 'string' }, variants: { channel: { phone: '{label}... {tradeoff}.' } } },
  'propose.ask': { text: 'Qual delas funciona melhor para você?', vars: {}, variants: { alternatives: ['O que você prefere?'] } },
  'propose.single': { text: 'O melhor que posso oferecer agora é {label}: {tradeoff}. Pode ser?', vars: { label: 'string', tradeoff: 'string' }, variants: { tone: { formal: 'O melhor que podemos oferecer agora é {label}: {tradeoff}. Isso atende você?' } } },
  'propose.call-offer': { text: 'Se for mais fácil conversar, posso te ligar.', vars: {} },
  'propose.move-private': { text: 'Manda uma mensagem no privado pra gente ver isso com você por lá.', vars: {}, variants: { alternatives: ['Você pode nos chamar por mensagem privada? Vamos ver isso com você por lá.'], tone: { formal: 'Por favor, envie uma mensagem privada para que possamos verificar com você.' } } },

  'tradeoff.fastest': { text: 'a mais rápida, {when}', vars: { when: 'string' } },
  'tradeoff.free': { text: 'sem custo para você', vars: {} },
  'tradeoff.free-but-slower': { text: 'sem custo para você, mas leva {duration}', vars: { duration: 'string' } },
  'tradeoff.costs': { text: 'custa {amount}', vars: { amount: 'money' } },
  'tradeoff.no-effort': { text: 'você não precisa fazer nada', vars: {} },
  'tradeoff.effort': { text: 'precisa de {what} da sua parte', vars: { what: 'string' } },
  'tradeoff.takes': { text: 'leva {duration}', vars: { duration: 'string' } },

  'closure.happened': { text: 'O que aconteceu: {what}.', vars: { what: 'string' } },
  'closure.changed': { text: 'O que mudamos: {what}.', vars: { what: 'string' } },
  'closure.prevented': { text: 'Para não acontecer de novo, {how}.', vars: { how: 'string' } },
  'closure.owed': { text: 'O que você tem a receber: {what}.', vars: { what: 'string' } },
  'closure.invite': { text: 'Se alguma coisa ainda não estiver certa, é só responder esta mensagem.', vars: {}, variants: { channel: { sms: 'Mais alguma coisa? É só responder.', chat: 'Se precisar de mais alguma coisa, estou aqui.' }, alternatives: ['Se ainda tiver algo errado, responde aqui que eu resolvo.'] } },
  'closure.thanks': { text: 'Obrigado por {what}.', vars: { what: 'string' } },

  'boundary.respect': { text: 'Quero te ajudar, e consigo fazer isso melhor se mantivermos a conversa respeitosa.', vars: {} },

  'signoff.named': { text: 'Abraço,\n{agent}', vars: { agent: 'string' }, variants: { channel: { chat: '{agent}', sms: '{agent}', phone: 'Obrigado mais uma vez por ligar. Quem falou foi {agent}.', social: '{agent}' }, tone: { formal: 'Atenciosamente,\n{agent}', warm: 'Um abraço,\n{agent}' } } },
  'signoff.team': { text: 'Abraço,\nEquipe {team}', vars: { team: 'string' }, variants: { channel: { chat: 'Equipe {team}', sms: '{team}', phone: 'Obrigado mais uma vez por ligar para a {team}.', social: '{team}' }, tone: { formal: 'Atenciosamente,\nEquipe {team}' } } },
}
