import { describe, expect, it } from 'vitest';
import { md, outline } from '../helpers/bundled.js';

describe('markdown to a topic tree', () => {
  it('takes the H1 as the title and nests sections by heading depth', () => {
    const roadmap = md('# Title\n\n## A\n\n### A1\n- x\n\n## B\n- y\n');
    expect(roadmap.title).toBe('Title');
    expect(outline(roadmap)).toEqual(['# A', '  # A1', '    - x', '# B', '  - y']);
  });

  it('falls back to the file name when there is no H1', () => {
    expect(md('## A\n- x\n').title).toBe('fixture');
  });

  it('makes nested list items subtopics', () => {
    expect(outline(md('# T\n## S\n- a\n  - b\n    - c\n- d\n'))).toEqual(['# S', '  - a', '    - b', '      - c', '  - d']);
  });

  it('makes "**Label:**" name the list after it', () => {
    const roadmap = md('# T\n## S\n**Learn:**\n\n- a\n\n**Project:**\n\n- b\n\n**Resources:**\n\n- [R](https://r.example)\n');
    expect(outline(roadmap)).toEqual(['# S (1 resources)', '  - <Learn> a', '  - (project) <Project> b']);
  });

  it('treats a bold label followed by text as prose, not a label', () => {
    const roadmap = md('# T\n## S\n**Goal**: learn things.\n\n**Rule:**\nFrameworks depend on you.\n\n- a\n');
    expect(outline(roadmap)).toEqual(['# S', '  - a']);
    expect(roadmap.sections[0].description).toBe('Goal: learn things.\n\nRule: Frameworks depend on you.');
  });

  it('tracks only task items when a document has them, and starts [x] items done', () => {
    const roadmap = md('# T\n## S\n- [x] a\n- [ ] b\n- just a note\n- group\n  - [ ] c\n');
    expect(outline(roadmap)).toEqual(['# S', '  - [x] a', '  - b', '  - group', '    - c']);
  });

  it('titles an item that is only a link by its text and keeps the URL as a resource', () => {
    const topic = md('# T\n## S\n- [Go by Example](https://gobyexample.com/)\n').sections[0].topics[0];
    expect(topic.title).toBe('Go by Example');
    expect(topic.resources).toEqual([{ title: 'Go by Example', url: 'https://gobyexample.com/' }]);
  });

  it('keeps resources under a Resources, Links, References or Further reading heading with the section', () => {
    for (const heading of ['Resources', '📚 Links', 'References', 'Further reading']) {
      const roadmap = md(`# T\n## Week\n### Learn\n- a\n### ${heading}\n- [R](https://r.example)\n- plain resource\n`);
      expect(outline(roadmap)).toEqual(['# Week (2 resources)', '  # Learn', '    - a']);
    }
  });

  it('ignores a table of contents', () => {
    expect(outline(md('# T\n## Contents\n- [A](#a)\n- [B](#b)\n  - [B1](#b1)\n## A\n- x\n'))).toEqual(['# Contents', '# A', '  - x']);
  });

  it('makes items under a Project heading projects, down to subsections and subtopics', () => {
    expect(outline(md('# T\n## Projects\n### Mini\n- a\n  - b\n'))).toEqual(['# Projects', '  # Mini', '    - (project) a', '      - (project) b']);
  });

  it('never makes images, HTML, code blocks or block quotes into topics', () => {
    const roadmap = md('# T\n## S\n![img](x.png)\n\n<div>- no</div>\n\n```\n- no\n```\n\n> - no\n\nSome prose.\n\n- yes\n');
    expect(outline(roadmap)).toEqual(['# S', '  - yes']);
    expect(roadmap.sections[0].description).toBe('Some prose.');
  });

  it('makes titles plain text: no markdown syntax, whitespace collapsed, emoji kept', () => {
    const roadmap = md('# T\n## S\n- **Bold** and `code` and [link](https://x.example) and _em_   and\n  more 🚀\n');
    expect(roadmap.sections[0].topics[0].title).toBe('Bold and code and link and em and more 🚀');
  });

  it('strips emoji decoration from the front of headings only', () => {
    expect(outline(md('# 🧠 T\n## 1️⃣ One\n### 🟢 Phase 1: Go\n- 🚀 launch\n'))).toEqual(['# One', '  # Phase 1: Go', '    - 🚀 launch']);
  });

  it('keeps topics that come before the first section at the top level', () => {
    expect(outline(md('# T\n- a\n- b\n## S\n- c\n'))).toEqual(['- a', '- b', '# S', '  - c']);
  });

  it('gives siblings with the same title distinct ids', () => {
    const roadmap = md('# T\n## S\n- Auth\n- Auth\n### Auth\n- x\n');
    expect(roadmap.sections[0].topics.map((topic) => topic.id)).toEqual(['s/auth', 's/auth-2']);
    expect(roadmap.sections[0].sections[0].id).toBe('s/auth-3');
  });
});
