import type { Strings } from '../strings'

/** Simplified Chinese, as a shop in mainland China would publish it (PIPL terms: 单独同意, 监护人). */
const zhCN: Strings = {
  title: '我们重视您的隐私',
  text: '我们使用 Cookie 及类似技术保障网站正常运行；经您同意后，还会用于统计访问和展示相关广告。您可随时更改选择。',
  policy: '隐私政策',
  gpc: '您的浏览器发送了 Global Privacy Control（全球隐私控制，GPC）信号，我们将遵从该信号：涉及出售或共享个人信息的类别保持关闭，除非您自行开启。',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  manage: '管理偏好设置',

  optOutTitle: '您的隐私选择',
  optOutText: '我们使用 Cookie 及类似技术保障网站运行、统计访问并展示相关广告。根据美国各州法律，与广告合作伙伴共享数据可能构成“出售”或“共享”个人信息。您可随时选择退出。',
  doNotSell: '请勿出售或共享我的个人信息',
  gpcHonoured: '您的浏览器发送了 Global Privacy Control（全球隐私控制，GPC）信号，我们已遵从该信号：不会出售或共享您的个人信息。',

  ageTitle: '请选择您的年龄',
  ageText: '未满 {age} 周岁的未成年人，需由父母或其他监护人代为同意使用 Cookie。',
  ageAdult: '我已满 {age} 周岁',
  ageMinor: '我未满 {age} 周岁',
  minorText: '目前仅开启必要 Cookie。您的父母或其他监护人可以为您查看并作出其他选择。',
  guardian: '我是父母或其他监护人',
  guardianNote: '您正在以未满 {age} 周岁儿童的监护人身份作出选择。',

  prefsTitle: '隐私偏好设置',
  prefsText: '请选择您允许的类别。必要 Cookie 用于保障网站正常运行，始终开启。',
  required: '（始终开启）',
  gpcBadge: '已按 GPC 信号关闭',
  sensitive: '敏感个人信息',
  sensitiveConfirm: '此类别会处理您的敏感个人信息。只有在您对此单独同意时，才可开启。',
  sensitiveYes: '我单独同意',
  sensitiveNo: '保持关闭',
  cookies: 'Cookie',
  storage: '本地存储',
  hosts: '相关服务',
  vendors: '共享对象',
  duration: '保留期限',
  days: { other: '{n}天' },
  save: '保存设置',
  close: '关闭',
  settings: '隐私设置',
  categories: {
    necessary: { title: '必要', description: '购物车、登录、安全及保存您的本次选择。' },
    functional: { title: '功能', description: '在线客服、语言和地区等功能。' },
    preferences: { title: '偏好', description: '记住您的语言、地区等设置。' },
    analytics: { title: '分析', description: '统计访问情况，帮助我们改进网站。' },
    marketing: { title: '营销', description: '在本站及其他网站展示相关广告。' },
    location: { title: '精确位置', description: '您的精确位置，用于显示附近门店和配送方式。' }
  }
}
export default zhCN
