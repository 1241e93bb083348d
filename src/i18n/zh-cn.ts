import type { Strings } from './en'

/** Simplified Chinese, as a shop in mainland China would publish it. */
export const zhCN: Strings = {
  title: '我们重视您的隐私',
  text: '我们使用 Cookie 及类似技术保障网站正常运行；经您同意后，还会用于统计访问和展示相关广告。您可随时更改选择。',
  policy: '隐私政策',
  gpc: '您的浏览器发送了“全球隐私控制”（GPC）信号，我们予以尊重：涉及出售或共享个人信息的类别保持关闭，除非您自行开启。',
  acceptAll: '接受全部',
  rejectAll: '拒绝全部',
  manage: '管理偏好设置',
  prefsTitle: '隐私偏好设置',
  prefsText: '请选择您允许的类别。必要 Cookie 用于保障网站正常运行，始终开启。',
  required: '始终开启',
  save: '保存设置',
  close: '关闭',
  settings: '隐私设置',
  categories: {
    necessary: { title: '必要', description: '购物车、登录、安全及保存您的本次选择。' },
    functional: { title: '功能', description: '在线客服、语言和地区等功能。' },
    preferences: { title: '偏好', description: '记住您的语言、地区等设置。' },
    analytics: { title: '分析', description: '统计访问情况，帮助我们改进网站。' },
    marketing: { title: '营销', description: '在本站及其他网站展示相关广告。' }
  }
}
