// The Consentry config the shop pages embed in their JSON config block.

/** Hostnames the shop's "third parties" live on; Chromium and Firefox resolve *.localhost to this machine. */
export const THIRD_PARTY = { stats: 'stats.localhost', ads: 'ads.localhost', video: 'video.localhost' }

/** The shop's config for a policy revision. */
export function consentConfig(revision) {
  return {
    categories: {
      necessary: { required: true, cookies: ['demo_*'], storage: ['cart', 'demo_*'] },
      analytics: { cookies: ['_ga', '_ga_*'], storage: ['/^__(anon_id|user_id|user_traits)$/'], hosts: [THIRD_PARTY.stats] },
      marketing: { cookies: ['_fbp', '_gcl_*'], storage: ['ads:*'], hosts: [THIRD_PARTY.ads, THIRD_PARTY.video] },
      preferences: { storage: ['prefs:*'] }
    },
    revision,
    endpoint: '/api/consent',
    privacyPolicyUrl: '/privacy',
    googleConsentMode: true,
    translations: {
      en: { categories: {
        necessary: { title: 'Strictly necessary', description: 'Your cart, your language and this choice.' },
        analytics: { title: 'Analytics', description: 'Counts visits so we know which teas people look at.' },
        marketing: { title: 'Marketing', description: 'Advertising pixels and the third-party brewing videos.' },
        preferences: { title: 'Preferences', description: 'Remembers the teas you viewed.' }
      } },
      'zh-CN': { categories: {
        necessary: { title: '必要', description: '购物车、语言和本次选择。' },
        analytics: { title: '分析', description: '统计访问量，让我们了解大家在看哪些茶。' },
        marketing: { title: '营销', description: '广告像素和第三方冲泡视频。' },
        preferences: { title: '偏好', description: '记住您浏览过的茶。' }
      } }
    },
    ui: { floatingButton: true }
  }
}

/** The config as the text of a `<script type="application/json">` block: `<` escaped so no text can close it. */
export const configBlock = revision => JSON.stringify(consentConfig(revision), null, 2).replace(/</g, '\\u003c')
