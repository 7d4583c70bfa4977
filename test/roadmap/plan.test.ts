import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/roadmap/plan.js';

describe('parsePlan', () => {
  it.each([
    ['WEEK 1 – Backend Fundamentals & Real-World Go', { from: 0, to: 7, text: 'WEEK 1' }],
    ['WEEK 6 – System Design + Final Polish', { from: 35, to: 42, text: 'WEEK 6' }],
    ['PHASE 1 — Core Backend Foundations (Month 1–2)', { from: 0, to: 60, text: 'Month 1–2' }],
    ['PHASE 6 — Mastery Level (Month 14–18)', { from: 390, to: 540, text: 'Month 14–18' }],
    ['Weeks 3-4: Databases', { from: 14, to: 28, text: 'Weeks 3-4' }],
    ['Backend Engineer Roadmap (4–6 Weeks)', { to: 42, text: '4–6 Weeks' }],
    ['14 weeks', { to: 98, text: '14 weeks' }],
    ['2 months', { to: 60, text: '2 months' }],
    ['10 days', { to: 10, text: '10 days' }],
    ['Day01 - 初识Python', { from: 0, to: 1, text: 'Day01' }],
    ['Day01~20 - Python语言基础', { from: 0, to: 20, text: 'Day01~20' }],
    ['Day21~Day30 - Python语言应用', { from: 20, to: 30, text: 'Day21~Day30' }],
  ])('%s', (text, plan) => {
    expect(parsePlan(text)).toEqual(plan);
  });

  it.each(['PHASE 0 — Mental Shift (Read This Once)', 'Phase 1: Fundamentals', '6-10 hours/week', '12-Factor App methodology'])('%s has none', (text) => {
    expect(parsePlan(text)).toBeUndefined();
  });
});
