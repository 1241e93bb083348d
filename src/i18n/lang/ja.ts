import type { Strings } from '../strings'

/** Japanese, polite style (です・ます, お客様) as Japanese shops write; plain text, PIPL's separate consent as 個別に同意, sensitive data as センシティブ個人情報. */
const ja: Strings = {
  title: 'お客様のプライバシーを尊重します',
  text: '当サイトでは、サイトの運営にCookieなどの技術を使用しています。同意いただいた場合は、アクセス解析や関連性の高い広告の表示にも使用します。選択はいつでも変更できます。',
  policy: 'プライバシーポリシー',
  gpc: 'お使いのブラウザからGlobal Privacy Control（GPC）信号が送信されているため、これを尊重します。個人情報の販売・共有を伴うカテゴリーは、ご自身でオンにしない限りオフのままです。',
  acceptAll: 'すべて同意する',
  rejectAll: 'すべて拒否する',
  manage: '設定を管理する',

  optOutTitle: 'プライバシーに関する選択',
  optOutText: '当サイトでは、サイトの運営、アクセス解析、関連性の高い広告の表示にCookieなどの技術を使用しています。米国の一部の州法では、広告パートナーとのデータ共有が個人情報の「販売」または「共有」に該当する場合があります。これはいつでもオプトアウトできます。',
  doNotSell: '私の個人情報を販売・共有しない',
  gpcHonoured: 'お使いのブラウザからGlobal Privacy Control（GPC）信号が送信されたため、これに従いました。お客様の個人情報を販売・共有することはありません。',

  ageTitle: '年齢を選択してください',
  ageText: '{age}歳未満のお客様がCookieを利用するには、保護者の同意が必要です。',
  ageAdult: '{age}歳以上です',
  ageMinor: '{age}歳未満です',
  minorText: '現在、必要不可欠なCookieのみ有効です。その他の設定は、保護者の方が確認して選択できます。',
  guardian: '保護者です',
  guardianNote: '{age}歳未満のお子様の保護者として選択しています。',

  prefsTitle: 'プライバシーの詳細設定',
  prefsText: '許可する項目を選択してください。必須Cookieはサイトの動作に必要なため、常に有効です。',
  required: '常に有効',
  gpcBadge: 'GPC信号によりオフ',
  sensitive: 'センシティブ個人情報',
  sensitiveConfirm: 'このカテゴリーではセンシティブ個人情報を取り扱います。この利用について個別に同意する場合にのみ、オンにしてください。',
  sensitiveYes: '個別に同意する',
  sensitiveNo: 'オフのままにする',
  cookies: 'Cookie',
  storage: 'ストレージ',
  hosts: 'サービス',
  vendors: '共有先',
  duration: '選択の保存期間',
  days: { other: '{n} 日' },
  save: '設定を保存する',
  close: '閉じる',
  settings: 'プライバシー設定',
  categories: {
    necessary: { title: '必須', description: 'カート、ログイン、セキュリティ、この選択の保存。' },
    functional: { title: '機能', description: 'チャット、言語、地域などの機能。' },
    preferences: { title: '設定', description: '言語や地域などの設定を記憶します。' },
    analytics: { title: '分析', description: 'アクセス数を計測し、サイトの改善に役立てます。' },
    marketing: { title: 'マーケティング', description: '当サイトや他のサイトで関連性の高い広告を表示します。' },
    location: { title: '正確な位置情報', description: 'お客様の正確な位置情報。近くの店舗や配送方法の表示に使用します。' }
  }
}
export default ja
