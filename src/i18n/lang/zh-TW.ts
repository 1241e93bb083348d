import type { Strings } from '../strings'

/** Traditional Chinese as a shop in Taiwan would publish it (個人資料, 隱私權政策, 單獨同意, 法定代理人 as the Personal Data Protection Act says for minors). */
const zhTW: Strings = {
  title: '我們重視您的隱私',
  text: '我們使用 Cookie 及類似技術維持網站運作；經您同意後，也會用於統計造訪次數及顯示相關廣告。您可隨時變更選擇。',
  policy: '隱私權政策',
  gpc: '您的瀏覽器傳送了 Global Privacy Control（全球隱私控制，GPC）訊號，我們會予以遵循：涉及出售或分享個人資料的類別將保持關閉，除非您自行開啟。',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  manage: '管理偏好設定',

  optOutTitle: '您的隱私權選擇',
  optOutText: '我們使用 Cookie 及類似技術維持網站運作、統計造訪次數並顯示相關廣告。依美國部分州法律，與廣告合作夥伴分享資料可能構成「出售」或「分享」個人資料。您可隨時選擇退出。',
  doNotSell: '請勿出售或分享我的個人資料',
  gpcHonoured: '您的瀏覽器傳送了 Global Privacy Control（全球隱私控制，GPC）訊號，我們已予以遵循：不會出售或分享您的個人資料。',

  ageTitle: '請選擇您的年齡',
  ageText: '未滿 {age} 歲的兒童，須由父母或其他法定代理人代為同意使用 Cookie。',
  ageAdult: '我已滿 {age} 歲',
  ageMinor: '我未滿 {age} 歲',
  minorText: '目前僅開啟必要 Cookie。您的父母或其他法定代理人可以為您檢視並做出其他選擇。',
  guardian: '我是父母或其他法定代理人',
  guardianNote: '您正以未滿 {age} 歲兒童之法定代理人的身分進行選擇。',

  prefsTitle: '隱私偏好設定',
  prefsText: '請選擇您允許的類別。必要 Cookie 用於維持網站正常運作，始終開啟。',
  required: '（始終開啟）',
  gpcBadge: '已依 GPC 訊號關閉',
  sensitive: '敏感個人資料',
  sensitiveConfirm: '此類別會處理您的敏感個人資料。僅在您對此單獨同意時，才可開啟。',
  sensitiveYes: '我單獨同意',
  sensitiveNo: '保持關閉',
  cookies: 'Cookie',
  storage: '本機儲存空間',
  hosts: '連線服務',
  vendors: '分享對象',
  duration: '選擇保留期間',
  days: { other: '{n} 天' },
  save: '儲存設定',
  close: '關閉',
  settings: '隱私設定',
  categories: {
    necessary: { title: '必要', description: '購物車、登入、安全性及保存您的本次選擇。' },
    functional: { title: '功能', description: '線上客服、語言和地區等功能。' },
    preferences: { title: '偏好', description: '記住您的語言、地區等設定。' },
    analytics: { title: '分析', description: '統計造訪情形，協助我們改善網站。' },
    marketing: { title: '行銷', description: '在本站及其他網站顯示相關廣告。' },
    location: { title: '精確位置', description: '您的精確位置，用於顯示附近門市和配送方式。' }
  }
}
export default zhTW
