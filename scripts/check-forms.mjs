// Checks forms/*.form against what the Camunda 7.24 Tasklist renders (form-js, schemaVersion 16) and
// against the BPMN that uses them. @camunda/form-linting knows Camunda 7 only up to 7.22 and does not run
// under plain Node, so this small check stands in for it. No dependencies; run with `npm run lint:forms`.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SCHEMA_VERSION = 16;
// component types of form-js 1.8–1.10 (schemaVersion 16), the version bundled with the 7.24 Tasklist
const TYPES = new Set(['text', 'textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select',
  'taglist', 'datetime', 'dynamiclist', 'group', 'spacer', 'separator', 'image', 'html', 'expression', 'table',
  'iframe', 'button']);
const KEYED = new Set(['textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select', 'taglist',
  'datetime']);
// variables every process instance of the case carries besides the task's input parameters
const PROCESS_VARIABLES = new Set(['caseId', 'findingId', 'interviewId', 'circularId', 'accountabilityId']);

const problems = [];
const report = (file, message) => problems.push(`${file}: ${message}`);

// user tasks and start events that reference a form, with the input parameters they map
const users = new Map();
for (const file of readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'))) {
  const xml = readFileSync(join(root, 'processes', file), 'utf8');
  const element = /<bpmn:(userTask|startEvent)\b([^>]*)>([\s\S]*?)<\/bpmn:\1>/g;
  for (const [, , attributes, body] of xml.matchAll(element)) {
    const formRef = /camunda:formRef="([^"]+)"/.exec(attributes);
    if (!formRef) continue;
    const id = /\bid="([^"]+)"/.exec(attributes)[1];
    if (!/camunda:formRefBinding="deployment"/.test(attributes)) report(file, `${id} must bind its form by deployment`);
    const inputs = new Set([...body.matchAll(/<camunda:inputParameter name="([^"]+)"/g)].map(m => m[1]));
    const list = users.get(formRef[1]) || [];
    list.push({ file, id, inputs });
    users.set(formRef[1], list);
  }
}

const formFiles = readdirSync(join(root, 'forms')).filter(f => f.endsWith('.form')).sort();
for (const file of formFiles) {
  let form;
  try {
    form = JSON.parse(readFileSync(join(root, 'forms', file), 'utf8'));
  } catch (e) {
    report(file, `not JSON: ${e.message}`);
    continue;
  }
  const expectedId = basename(file, '.form');
  if (form.id !== expectedId) report(file, `id is "${form.id}", expected "${expectedId}" (id = formRef = file name)`);
  if (form.type !== 'default') report(file, 'type must be "default"');
  if (form.schemaVersion !== SCHEMA_VERSION) report(file, `schemaVersion must be ${SCHEMA_VERSION}`);
  if (form.executionPlatform !== 'Camunda Platform') report(file, 'executionPlatform must be "Camunda Platform"');

  const ids = new Set();
  const templateVariables = new Set();
  const walk = (components, scope, keys) => {
    for (const c of components || []) {
      if (!TYPES.has(c.type)) report(file, `${c.id}: type "${c.type}" is not rendered by the 7.24 Tasklist`);
      if (!c.id) report(file, `a ${c.type} component has no id`);
      else if (ids.has(c.id)) report(file, `duplicate component id ${c.id}`);
      ids.add(c.id);
      if (KEYED.has(c.type)) {
        if (!c.key) report(file, `${c.id}: no key`);
        else if (keys.has(c.key)) report(file, `${c.id}: key "${c.key}" used twice`);
        keys.add(c.key);
        const label = c.type === 'datetime' ? c.dateLabel : c.label;
        if (!label) report(file, `${c.id}: no label`);
        else if (!/[\u4e00-\u9fff]/.test(label)) report(file, `${c.id}: label "${label}" is not Chinese`);
        if (c.valuesKey) templateVariables.add(c.valuesKey);
        if (['select', 'radio', 'checklist', 'taglist'].includes(c.type) && !c.valuesKey) {
          if (!Array.isArray(c.values) || c.values.length === 0) report(file, `${c.id}: no options`);
          for (const v of c.values || []) {
            if (!/^[A-Z][A-Z0-9_]*$/.test(v.value)) report(file, `${c.id}: option value "${v.value}" is not a code name`);
            if (!/[\u4e00-\u9fff]/.test(v.label)) report(file, `${c.id}: option label "${v.label}" is not Chinese`);
          }
        }
      }
      if (c.type === 'text') {
        for (const [, name] of (c.text || '').matchAll(/{{\s*([A-Za-z_][A-Za-z0-9_]*)\s*}}/g)) templateVariables.add(name);
      }
      if (c.type === 'dynamiclist') {
        if (!c.path) report(file, `${c.id}: dynamic list without path`);
        if (keys.has(c.path)) report(file, `${c.id}: path "${c.path}" used twice`);
        keys.add(c.path);
        walk(c.components, c.path, new Set());
      } else if (c.components) {
        walk(c.components, scope, keys);
      }
    }
  };
  walk(form.components, 'form', new Set());

  const usedBy = users.get(expectedId);
  if (!usedBy) {
    report(file, 'no user task or start event references this form');
    continue;
  }
  for (const { file: bpmn, id, inputs } of usedBy) {
    for (const name of templateVariables) {
      if (!inputs.has(name) && !PROCESS_VARIABLES.has(name)) {
        report(file, `shows {{${name}}} / options "${name}" but ${bpmn} ${id} maps no input parameter of that name`);
      }
    }
  }
}
for (const [formRef, list] of users) {
  if (!formFiles.includes(`${formRef}.form`)) report(list[0].file, `${list[0].id} references missing form ${formRef}`);
}

for (const p of problems) console.error(p);
console.log(`forms: ${formFiles.length} checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
