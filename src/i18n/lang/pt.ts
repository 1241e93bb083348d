import type { Strings } from '../strings'

/** European Portuguese (pt-PT: gerir, partilhar, definições), formal address (o seu, pode), not Brazilian usage. */
const pt: Strings = {
  title: 'Respeitamos a sua privacidade',
  text: 'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site e, se concordar, para medir visitas e mostrar anúncios relevantes. Pode alterar a sua escolha a qualquer momento.',
  policy: 'Política de privacidade',
  gpc: 'O seu navegador envia um sinal Global Privacy Control (GPC) e nós respeitamo-lo: as categorias que vendem ou partilham os seus dados ficam desativadas, a menos que as ative.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  manage: 'Gerir preferências',

  optOutTitle: 'As suas escolhas de privacidade',
  optOutText: 'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site, medir visitas e mostrar anúncios relevantes. Ao abrigo das leis de alguns estados dos EUA, a partilha de dados com os nossos parceiros de publicidade pode ser considerada venda ou partilha de informações pessoais. Pode opor-se a qualquer momento.',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  gpcHonoured: 'O seu navegador enviou um sinal Global Privacy Control (GPC) e nós respeitámo-lo: não vendemos nem partilhamos as suas informações pessoais.',

  ageTitle: 'Que idade tem?',
  ageText: 'Os menores de {age} anos precisam que um dos pais ou o tutor aceite os cookies por eles.',
  ageAdult: 'Tenho {age} anos ou mais',
  ageMinor: 'Tenho menos de {age} anos',
  minorText: 'Só estão ativos os cookies estritamente necessários. Um dos pais ou o tutor pode rever as restantes opções por si.',
  guardian: 'Sou pai, mãe ou tutor',
  guardianNote: 'Está a escolher como pai, mãe ou tutor de uma criança com menos de {age} anos.',

  prefsTitle: 'Preferências de privacidade',
  prefsText: 'Escolha o que permite. Os cookies necessários mantêm o site a funcionar e estão sempre ativos.',
  required: 'Sempre ativos',
  gpcBadge: 'Desativada pelo seu sinal GPC',
  sensitive: 'Dados sensíveis',
  sensitiveConfirm: 'Esta categoria utiliza informações pessoais sensíveis. Ative-a apenas se der o seu consentimento separado para esta utilização.',
  sensitiveYes: 'Dou o meu consentimento separado',
  sensitiveNo: 'Manter desativada',
  cookies: 'Cookies',
  storage: 'Armazenamento',
  hosts: 'Serviços',
  vendors: 'Partilhado com',
  duration: 'Escolha guardada durante',
  days: { one: '{n} dia', other: '{n} dias' },
  save: 'Guardar preferências',
  close: 'Fechar',
  settings: 'Definições de privacidade',
  categories: {
    necessary: { title: 'Necessários', description: 'Carrinho, início de sessão, segurança e esta escolha.' },
    functional: { title: 'Funcionais', description: 'Funcionalidades como chat, idioma e região.' },
    preferences: { title: 'Preferências', description: 'Memoriza definições como o idioma e a região.' },
    analytics: { title: 'Estatísticas', description: 'Conta as visitas para podermos melhorar o site.' },
    marketing: { title: 'Publicidade', description: 'Anúncios relevantes aqui e noutros sites.' },
    location: { title: 'Localização precisa', description: 'A sua localização exata, para mostrar lojas próximas e opções de entrega.' }
  }
}
export default pt
