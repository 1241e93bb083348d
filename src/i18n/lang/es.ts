import type { Strings } from '../strings'

/** Spanish (Spain), formal address (usted), AEPD wording: cookies, Aceptar todo / Rechazar todo, Política de privacidad. */
const es: Strings = {
  title: 'Respetamos su privacidad',
  text: 'Usamos cookies y tecnologías similares para que este sitio funcione y, si lo acepta, para medir las visitas y mostrar anuncios relevantes. Puede cambiar su elección en cualquier momento.',
  policy: 'Política de privacidad',
  gpc: 'Su navegador envía una señal Global Privacy Control (GPC) y la respetamos: las categorías que venden o comparten sus datos permanecen desactivadas salvo que usted las active.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  manage: 'Gestionar preferencias',

  optOutTitle: 'Sus opciones de privacidad',
  optOutText: 'Usamos cookies y tecnologías similares para que este sitio funcione, medir las visitas y mostrar anuncios relevantes. Según las leyes de algunos estados de EE. UU., compartir datos con nuestros socios publicitarios puede considerarse una venta o un intercambio de información personal. Puede oponerse en cualquier momento.',
  doNotSell: 'No vender ni compartir mi información personal',
  gpcHonoured: 'Su navegador envió una señal Global Privacy Control (GPC) y la hemos respetado: no vendemos ni compartimos su información personal.',

  ageTitle: '¿Qué edad tiene?',
  ageText: 'Los menores de {age} años necesitan que su padre, madre o tutor acepte las cookies por ellos.',
  ageAdult: 'Tengo {age} años o más',
  ageMinor: 'Tengo menos de {age} años',
  minorText: 'Solo están activas las cookies estrictamente necesarias. Su padre, madre o tutor puede revisar las demás opciones por usted.',
  guardian: 'Soy padre, madre o tutor',
  guardianNote: 'Está eligiendo como padre, madre o tutor de un menor de {age} años.',

  prefsTitle: 'Preferencias de privacidad',
  prefsText: 'Elija lo que permite. Las cookies necesarias hacen que el sitio funcione y están siempre activas.',
  required: 'Siempre activas',
  gpcBadge: 'Desactivada por su señal GPC',
  sensitive: 'Datos sensibles',
  sensitiveConfirm: 'Esta categoría utiliza información personal sensible. Actívela solo si da su consentimiento por separado para este uso.',
  sensitiveYes: 'Doy mi consentimiento por separado',
  sensitiveNo: 'Mantener desactivada',
  cookies: 'Cookies',
  storage: 'Almacenamiento',
  hosts: 'Servicios',
  vendors: 'Se comparte con',
  duration: 'Elección guardada durante',
  days: { one: '{n} día', other: '{n} días' },
  save: 'Guardar preferencias',
  close: 'Cerrar',
  settings: 'Configuración de privacidad',
  categories: {
    necessary: { title: 'Necesarias', description: 'Carrito, inicio de sesión, seguridad y esta elección.' },
    functional: { title: 'Funcionales', description: 'Funciones como el chat, el idioma y la región.' },
    preferences: { title: 'Preferencias', description: 'Recuerda ajustes como el idioma y la región.' },
    analytics: { title: 'Análisis', description: 'Cuenta las visitas para que podamos mejorar el sitio.' },
    marketing: { title: 'Publicidad', description: 'Anuncios relevantes aquí y en otros sitios.' },
    location: { title: 'Ubicación precisa', description: 'Su ubicación exacta, para mostrar tiendas cercanas y opciones de entrega.' }
  }
}
export default es
