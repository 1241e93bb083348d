import type { Strings } from '../strings'

/** Korean, formal polite style (합니다체) as Korean shops write; PIPA terms: 개인정보 처리방침, 법정대리인, 민감정보, 별도 동의; plain text. */
const ko: Strings = {
  title: '고객님의 개인정보를 소중히 여깁니다',
  text: '당사는 사이트 운영을 위해 쿠키 및 유사 기술을 사용하며, 동의하시면 방문 통계와 관련 광고 표시에도 사용합니다. 선택은 언제든지 변경할 수 있습니다.',
  policy: '개인정보 처리방침',
  gpc: '브라우저에서 Global Privacy Control(GPC) 신호를 보내고 있어 이를 존중합니다. 개인정보를 판매하거나 공유하는 항목은 직접 켜지 않는 한 꺼진 상태로 유지됩니다.',
  acceptAll: '모두 동의',
  rejectAll: '모두 거부',
  manage: '설정 관리',

  optOutTitle: '개인정보 선택 사항',
  optOutText: '당사는 사이트 운영, 방문 통계, 관련 광고 표시를 위해 쿠키 및 유사 기술을 사용합니다. 미국 일부 주 법률에 따라 광고 파트너와의 데이터 공유는 개인정보의 판매 또는 공유에 해당할 수 있습니다. 언제든지 이를 거부(옵트아웃)할 수 있습니다.',
  doNotSell: '내 개인정보를 판매하거나 공유하지 마세요',
  gpcHonoured: '브라우저에서 Global Privacy Control(GPC) 신호를 보내 이를 존중했습니다. 당사는 고객님의 개인정보를 판매하거나 공유하지 않습니다.',

  ageTitle: '나이를 선택해 주세요',
  ageText: '만 {age}세 미만 아동은 부모 등 법정대리인이 대신 쿠키 사용에 동의해야 합니다.',
  ageAdult: '만 {age}세 이상입니다',
  ageMinor: '만 {age}세 미만입니다',
  minorText: '현재 필수 쿠키만 켜져 있습니다. 부모 등 법정대리인이 나머지 항목을 확인하고 선택할 수 있습니다.',
  guardian: '법정대리인(부모 등)입니다',
  guardianNote: '만 {age}세 미만 아동의 법정대리인으로서 선택하고 있습니다.',

  prefsTitle: '개인정보 보호 설정',
  prefsText: '허용할 항목을 선택하세요. 필수 쿠키는 사이트 운영에 필요하므로 항상 켜져 있습니다.',
  required: '항상 활성',
  gpcBadge: 'GPC 신호에 따라 꺼짐',
  sensitive: '민감정보',
  sensitiveConfirm: '이 항목은 민감정보를 처리합니다. 이러한 이용에 별도로 동의하는 경우에만 켜 주세요.',
  sensitiveYes: '별도로 동의합니다',
  sensitiveNo: '끈 상태로 유지',
  cookies: '쿠키',
  storage: '저장소',
  hosts: '서비스',
  vendors: '공유 대상',
  duration: '선택 유지 기간',
  days: { other: '{n}일' },
  save: '설정 저장',
  close: '닫기',
  settings: '개인정보 설정',
  categories: {
    necessary: { title: '필수', description: '장바구니, 로그인, 보안 및 이 선택의 저장.' },
    functional: { title: '기능', description: '채팅, 언어, 지역 등의 기능.' },
    preferences: { title: '환경설정', description: '언어, 지역 등의 설정을 기억합니다.' },
    analytics: { title: '분석', description: '사이트 개선을 위해 방문 수를 집계합니다.' },
    marketing: { title: '마케팅', description: '이 사이트와 다른 사이트에 관련 광고를 표시합니다.' },
    location: { title: '정확한 위치', description: '가까운 매장과 배송 옵션을 보여 드리기 위한 정확한 위치 정보.' }
  }
}
export default ko
