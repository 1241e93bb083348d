import { expect, test } from 'vitest'
import { catastrophic, checkConfig, compilePattern, normalizeConfig } from '../../src/config'

test('the checker refuses a pattern with a nested quantifier, naming its key', () => {
  const config = { categories: { analytics: { cookies: ['/(a+)+$/', /^_ga$/], storage: [/(x*y?)*z/] } } }
  expect(checkConfig(config)).toEqual([
    '"categories.analytics.cookies[0]" is a pattern with a nested quantifier, which can freeze the page on one cookie write: /(a+)+$/',
    '"categories.analytics.storage[0]" is a pattern with a nested quantifier, which can freeze the page on one cookie write: /(x*y?)*z/'
  ])
})

test('recognises the nested shapes and passes the ordinary ones', () => {
  expect(['(a+)+', '(?:a*b)*', '((ab)+c){2,}', '(\\d+)*x', '([a-z]+)+$'].map(catastrophic)).toEqual([true, true, true, true, true])
  expect(['^_ga_\\d+$', '(ab)+', '(a+)?', '[(a+)+]', '\\(a+\\)+', '^_ga.*$'].map(catastrophic)).toEqual([false, false, false, false, false, false])
})

test('an invalid config with such a pattern still guards its other names, and a write is judged at once', () => {
  expect(() => compilePattern('/(a+)+$/')).toThrow(SyntaxError)
  const config = normalizeConfig({ categories: { analytics: { cookies: ['/(a+)+$/', '_ga'] } } })
  expect(config.categories[0].cookies.map(String)).toEqual(['/^_ga$/'])
  const started = performance.now()
  expect(config.categories[0].cookies.some(p => p.test('a'.repeat(40) + '!'))).toBe(false)
  expect(performance.now() - started).toBeLessThan(50)
})
