/**
 * One small fixture per style of roadmap learners bring (test/fixtures/styles), each with the exact
 * tree a learner expects: CI cannot fetch the real files, so each rule of the builder is held here.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { fallbackTitle } from '../../src/roadmap/title.js';
import { leaves, outline } from '../helpers/bundled.js';

const read = (name: string) => parseRoadmap(fs.readFileSync(new URL(`../fixtures/styles/${name}`, import.meta.url), 'utf8'), fallbackTitle(name));

describe('roadmaps as learners write them', () => {
  it('awesome list: link items titled by their link, badges, contents, contributing and licence not tracked', () => {
    const roadmap = read('awesome-list.md');
    expect(roadmap.title).toBe('Awesome Things');
    expect(outline(roadmap)).toEqual(['# Contents', '# Languages', '  - Go Tour', '  - Rustlings', '# Tools', '  - jq', '# Contributing', '# License']);
    expect(roadmap.sections[1].topics[0].description).toBe('An interactive introduction to Go.');
  });

  it('numbered headings: a heading with prose is a topic; definitions, facts and worked examples describe it', () => {
    const roadmap = read('numbered-headings.md');
    expect(outline(roadmap)).toEqual([
      '# Step 1: Foundations',
      '  - 1. GIT',
      '  - 2. Linked List',
      '  - 3. Arithmetic in code',
      '# Step 2: Practice',
      '  - Build a CLI',
      '  - Write tests',
    ]);
    const [git, linked] = roadmap.sections[0].topics;
    expect(git.resources.map((resource) => resource.title)).toEqual(['Learn Git Branching', 'Pro Git']);
    expect(linked.description).toContain('Access: O(n)');
  });

  it('course tables: the item column is found past day and chapter numbers; bold rows group; a table without items is reported', () => {
    const roadmap = read('course-table.md');
    expect(outline(roadmap)).toEqual([
      '# Days',
      '  - Introduction',
      '  - Data Types',
      '# Chapters',
      '  - <Part I: Basics> Tokenization',
      '  - <Part I: Basics> Embeddings',
      '  - <Part II: Models> Attention',
      '# Layout',
    ]);
    expect(roadmap.sections[0].topics[1].plan).toEqual({ to: 2, text: '2 days' });
    expect(roadmap.sections[1].topics[0].effort).toBe('3 hours');
    expect(roadmap.found?.skippedTables).toEqual([{ section: 'Layout', reason: 'no column names its items' }]);
  });

  it('day-by-day plan: the introduction before the schedule is not tracked; "EdX https://…" is titled EdX', () => {
    const roadmap = read('day-plan.md');
    expect(leaves(roadmap).map((topic) => topic.title)).toEqual(['EdX', 'Siraj Raval', 'KhanAcademy', 'Columbia']);
    expect(leaves(roadmap)[0].resources).toEqual([{ title: 'https://www.edx.org/course/python', url: 'https://www.edx.org/course/python' }]);
  });

  it('checklist: only task items count, and the example in "How to use" is not one', () => {
    const roadmap = read('checklist.md');
    expect(outline(roadmap)).toEqual([
      '# How to use',
      '# Prerequisites',
      '  - Learning How to Learn',
      "  - Don't break the chain",
      '# Books',
      '  - Data Smart',
    ]);
    expect(leaves(roadmap).some((topic) => topic.checked)).toBe(false);
  });

  it('cheat sheet: a long tip is titled by its first sentence, its long sub-bullets describe it; Meta and Disclaimer are not tracked', () => {
    const roadmap = read('cheat-sheet.md');
    expect(roadmap.title).toBe('The Art of Shells');
    expect(outline(roadmap)).toEqual([
      '# Meta',
      '# Basics',
      '  - Learn basic Bash',
      '  - Finding documentation:',
      '  - Learn about redirection with > and <.',
      '# Disclaimer',
    ]);
    expect(roadmap.sections[1].topics[0].description).toMatch(/^Learn basic Bash\. Actually/);
    expect(roadmap.sections[1].topics[1].description).toMatch(/^Know how to read/);
  });

  it('README with badges, translations and sponsors: the H1 after them is the title; summaries and sponsor lists are not topics', () => {
    const roadmap = read('readme-badges.md');
    expect(roadmap.title).toBe('Security for Beginners');
    expect(leaves(roadmap).map((topic) => topic.title)).toEqual(['The CIA triad', 'Zero trust']);
  });

  it('link paragraphs: lines of links are topics, navigation is not, one link beside prose is a resource', () => {
    const roadmap = read('link-paragraphs.md');
    expect(roadmap.title).toBe('Courses');
    // "Day 2" became a topic after the section "Day 1": it keeps its place as a section of its own.
    expect(outline(roadmap)).toEqual([
      '- Welcome to the course',
      '- Running the Course',
      '  - Course Structure',
      '# Day 1',
      '  - Hello, World',
      '  - Types and Values',
      '# Day 2',
      '  - Day 2',
    ]);
    expect(
      leaves(roadmap)
        .at(-1)!
        .resources.map((resource) => resource.title),
    ).toEqual(['Further reading', 'read more']);
  });

  it('everything under Resources: with nothing else to track, its items are the topics', () => {
    const roadmap = read('resources-only.md');
    expect(outline(roadmap)).toEqual([
      '# Contribution',
      '# Resources',
      '  - Learn the basics of Go',
      '  - General Development Skills',
      '    - Learn Git',
      '    - Learn SQL',
    ]);
  });

  it('YAML front matter names the roadmap and is never text; plain "Label:" lines name outcomes and resources', () => {
    const roadmap = read('front-matter.md');
    expect(roadmap.title).toBe('JavaScript fundamentals');
    expect(roadmap.description).toBeUndefined();
    expect(outline(roadmap)).toEqual(['# 6.1 Variables (1 resources)', '  - Declaring variables with let.', '  - Creating constants with const.']);
  });

  it('<details> lists are named by their <summary>; "Why" lists and the FAQ are not tracked', () => {
    const roadmap = read('details-summary.md');
    expect(outline(roadmap)).toEqual([
      '# Why this route?',
      '# Problems',
      '  - <Arrays> Array basics',
      '  - <Arrays> Binary search',
      '  - <Lists> Reverse a list',
      '# FAQ',
      '  # Who wrote this?',
    ]);
  });
});

describe('task items that are not the roadmap', () => {
  it('a checkbox shown in "How to use" does not make the plain lists after it stop being topics', () => {
    const roadmap = parseRoadmap('# T\n## How to use\n- [x] tick items like this\n## Learn\n- a\n- b\n', 'fixture');
    expect(outline(roadmap)).toEqual(['# How to use', '# Learn', '  - a', '  - b']);
  });
});

describe('the builder, rule by rule', () => {
  const tree = (text: string) => parseRoadmap(text, 'fixture');

  it('never makes links to the document in other languages into topics', () => {
    const roadmap = tree(
      '# T\n## Courses\n[English](README.md)\n[日本語](README-ja.md)\n[Português](translations/pt/README.md)\n\n[Course A](https://a.example)\n[Course B](https://b.example)\n',
    );
    expect(leaves(roadmap).map((topic) => topic.title)).toEqual(['Course A', 'Course B']);
  });

  it('keeps "PHASE 0" before "PHASE 1 (Month 1–2)": one of the series, not an introduction', () => {
    const roadmap = tree('# T\n## PHASE 0 — Mindset\n- HTTP\n## PHASE 1 (Month 1–2)\n- a\n## PHASE 2 (Month 3–4)\n- b\n');
    expect(leaves(roadmap).map((topic) => topic.title)).toEqual(['HTTP', 'a', 'b']);
  });

  it('skips a table whose items link to places in the same document, as a table of contents', () => {
    const roadmap = tree(
      '# T\n## In short\n| Subject | Why |\n|-|-|\n| [Programming](#programming) | reasons |\n| [Systems](#systems) | reasons |\n## Guide\n### Programming\nRead SICP.\n### Systems\nRead CS:APP.\n',
    );
    expect(outline(roadmap)).toEqual(['# In short', '# Guide', '  - Programming', '  - Systems']);
    expect(roadmap.found?.skippedTables).toEqual([]);
  });

  it('never makes a section holding only a list of in-page links into a topic, whatever its heading', () => {
    expect(outline(tree('# T\n## The parts\n- [A](#a)\n- [B](#b)\n## A\n- x\n## B\n- y\n'))).toEqual(['# The parts', '# A', '  - x', '# B', '  - y']);
  });

  it("drops the author's text checkboxes from titles", () => {
    expect(leaves(tree('# T\n## S\n- [✔️] ♾️ 1 > Intro\n- [✅] 2 > Setup\n')).map((topic) => topic.title)).toEqual(['♾️ 1 > Intro', '2 > Setup']);
  });

  it('makes the plain lists of a section with a table of items its description', () => {
    const roadmap = tree(
      '# T\n## Guide\nIt depends on:\n\n* Experience\n* Luck\n\n| Step | Short |\n|---|---|\n| Read the topics | yes |\n| Practise | yes |\n',
    );
    expect(outline(roadmap)).toEqual(['# Guide', '  - Read the topics', '  - Practise']);
    expect(roadmap.sections[0].description).toContain('Experience\nLuck');
  });

  it('takes an HTML <h1> before the content as the title, never a sponsor heading', () => {
    expect(tree('<div align="center"><h2>Sponsors</h2></div>\n\n<div><h1>Course X</h1></div>\n\n## A\n- a\n').title).toBe('Course X');
  });

  it('promotes nested Resources subsections too when the roadmap has nothing else', () => {
    const roadmap = tree('# Go\n\nA roadmap.\n\n## Resources\n### Web frameworks\n1. gin\n2. echo\n### ORMs\n- gorm\n');
    expect(outline(roadmap)).toEqual(['# Resources', '  # Web frameworks', '    - gin', '    - echo', '  # ORMs', '    - gorm']);
  });

  it('drops GitHub emoji shortcodes from headings', () => {
    expect(outline(tree('# T\n#### :lock: Password Attacks\n- John\n'))).toEqual(['# Password Attacks', '  - John']);
  });
  it('tracks nothing before the title: a sponsor heading and a course ad above the H1 are a banner', () => {
    const roadmap = tree(
      '[Join a waitlist](https://ad.example)\n\n<div>\n\n### [Sponsor app](https://s.example)\n\nAvailable for Mac and Windows.\n\n</div>\n\n### Another sponsor\n\nThanks!\n\n# Know this\n\n## Basics\n- [Map](https://m.example)\n',
    );
    expect(roadmap.title).toBe('Know this');
    expect(outline(roadmap)).toEqual(['# Basics', '  - Map']);
  });

  it('titles a link item by its link when an aside in brackets or a new line follows it, and drops shortcodes', () => {
    const roadmap = tree(
      '# T\n## S\n- [Build an Interpreter](https://a.example) (chapter 14 on is in C)\n- [Falsehoods](https://f.example)\n  Curated list of falsehoods.\n- :movie_camera: [Map of CS](https://m.example)\n',
    );
    expect(leaves(roadmap).map((topic) => [topic.title, topic.description])).toEqual([
      ['Build an Interpreter', '(chapter 14 on is in C)'],
      ['Falsehoods', 'Curated list of falsehoods.'],
      ['Map of CS', undefined],
    ]);
  });

  it('never takes a task item for an explanation: the author asked for it to be ticked', () => {
    const roadmap = tree('# T\n## Sorting\n- [ ] Notes:\n    - [ ] Stability in sorting\n    - [ ] Which sorts work on lists? Which on arrays?\n');
    expect(leaves(roadmap).map((topic) => topic.title)).toEqual(['Stability in sorting', 'Which sorts work on lists? Which on arrays?']);
  });

  it('describes with a list whose every item points elsewhere in the document, and a summary, prerequisites or congratulations are no topics', () => {
    const roadmap = tree(
      '# T\n## Summary\nCourses must:\n\n- Be open\n- Run regularly\n## Prerequisites\n- [Core](#core) assumes high school math\n- Note that [Advanced](#advanced) assumes physics\n## Core\n- [Course A](https://a.example)\n## Congratulations\n- Look for a job!\n',
    );
    expect(outline(roadmap)).toEqual(['# Summary', '# Prerequisites', '# Core', '  - Course A', '# Congratulations']);
    expect(roadmap.sections[1].description).toContain('assumes high school math');
  });
});
