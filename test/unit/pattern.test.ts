import { describe, expect, test } from 'vitest'
import { normalizeConfig } from '../../src/config'
import { compilePattern } from '../../src/config/pattern'
import { matchesAny } from '../../src/config'

const matches = (pattern: string | RegExp, name: string) => compilePattern(pattern).test(name)

describe('compilePattern', () => {
  test.each([
    ['_ga', '_ga', true],
    ['_ga', '_gat', false],
    ['_ga', 'x_ga', false],
    ['_ga*', '_ga', true],
    ['_ga*', '_ga_ABC123', true],
    ['_ga*', 'x_ga', false],
    ['*_id', '__anon_id', true],
    ['*_id', '__anon_idx', false],
    ['a*b*c', 'a--b--c', true],
    ['a*b*c', 'a--c', false],
    ['*', '', true],
    ['*', 'anything at all', true]
  ])('wildcard %j against %j is %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected)
  })

  test.each([
    ['.', 'x'], ['a.b', 'aXb'], ['a+', 'aa'], ['a?', ''], ['^a', 'a'], ['a$', 'a'], ['(a)', 'a'],
    ['[ab]', 'a'], ['a{2}', 'aa'], ['a|b', 'a'], ['a\\b', 'ab'], ['ads:/x', 'ads:x']
  ])('%j is a literal name, so it does not match %j', (pattern, name) => {
    expect(matches(pattern, name)).toBe(false)
    expect(matches(pattern, pattern)).toBe(true)
  })

  test('a "/source/flags" string is a RegExp', () => {
    expect(matches('/^_ga_\\d+$/', '_ga_123')).toBe(true)
    expect(matches('/^_ga_\\d+$/', '_ga_abc')).toBe(false)
    expect(matches('/^_GA$/i', '_ga')).toBe(true)
    expect(matches('/ads/', 'my-ads-key')).toBe(true)
  })

  test('a slash that does not wrap the whole string is literal', () => {
    expect(matches('/path', '/path')).toBe(true)
    expect(matches('a/b/', 'a/b/')).toBe(true)
  })

  test('a RegExp is kept, and stateful g/y flags are dropped so repeated tests agree', () => {
    const compiled = compilePattern(/^_fb[cp]$/gi)
    expect(compiled.flags).toBe('i')
    expect([compiled.test('_FBP'), compiled.test('_fbc'), compiled.test('_fbc'), compiled.test('_fbx')]).toEqual([true, true, true, false])
    expect(compilePattern('/^x$/gy').flags).toBe('')
  })

  test('an invalid RegExp string throws a SyntaxError', () => {
    expect(() => compilePattern('/(/')).toThrow(SyntaxError)
  })
})

describe('a category\'s hosts', () => {
  test.each([
    ['px.example', 'px.example', true],
    ['px.example', 'pxxexample', false],
    ['px.example', 'a.px.example', false],
    ['PX.Example', 'px.example', true],
    ['*.tracker.example', 'a.tracker.example', true],
    ['*.tracker.example', 'a.b.tracker.example', true],
    ['*.tracker.example', 'tracker.example', false],
    ['*.tracker.example', 'eviltracker.example', false]
  ])('%j against %j is %s', (host, name, expected) => {
    const [hostPattern] = normalizeConfig({ categories: { ads: { hosts: [host] } } }).categories[0].hosts
    expect(hostPattern.test(name)).toBe(expected)
  })
})

describe('matchesAny', () => {
  test('is true when one of the patterns matches, false for none or no patterns', () => {
    const patterns = ['_ga*', '/^_fb[cp]$/', /^ads:/].map(compilePattern)
    expect(['_ga_1', '_fbp', 'ads:1', '_fbx', 'free'].map(n => matchesAny(patterns, n))).toEqual([true, true, true, false, false])
    expect(matchesAny([], '_ga')).toBe(false)
  })
})
