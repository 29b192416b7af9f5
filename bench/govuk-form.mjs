// The bench's anchor for a server's throughput: the demo's one-page form ("Đăng ký thông tin
// cá nhân": name, date of birth, sex, identification number, email, phone, the address as
// the demo asks it without JavaScript (the 34 provinces, a button that brings that province's
// communes, the commune select), files, consent, declaration) written with
// GOV.UK Frontend's own Nunjucks macros in its page template, rendered per request by
// Node's `http`, as a Node portal would serve it. `cargo xtask bench` starts it beside the
// demo and loads both the same way. Usage: node govuk-form.mjs --port 0 (prints its address).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const frontend = dirname(require.resolve('govuk-frontend/package.json'));
const env = nunjucks.configure([here, join(frontend, 'dist')], { autoescape: true });

const divisions = JSON.parse(readFileSync(join(here, '..', '..', 'shared', 'data', 'vn-divisions-2025.json'), 'utf8'));
const provinces = divisions.provinces.map((p) => ({ value: String(p.code).padStart(2, '0'), text: p.name }));

const TEMPLATE = `{% extends "govuk/template.njk" %}
{% from "govuk/components/input/macro.njk" import govukInput %}
{% from "govuk/components/date-input/macro.njk" import govukDateInput %}
{% from "govuk/components/radios/macro.njk" import govukRadios %}
{% from "govuk/components/select/macro.njk" import govukSelect %}
{% from "govuk/components/file-upload/macro.njk" import govukFileUpload %}
{% from "govuk/components/checkboxes/macro.njk" import govukCheckboxes %}
{% from "govuk/components/button/macro.njk" import govukButton %}
{% set htmlLang = "vi" %}
{% block pageTitle %}Đăng ký thông tin cá nhân{% endblock %}
{% block content %}
<h1 class="govuk-heading-l">Đăng ký thông tin cá nhân</h1>
<p class="govuk-body">Điền các thông tin dưới đây. Mọi câu hỏi đều phải trả lời, trừ khi ghi “(không bắt buộc)”.</p>
<form method="post" novalidate enctype="multipart/form-data">
{{ govukInput({ label: { text: "Họ và tên" }, hint: { text: "Như trên thẻ căn cước" }, id: "full_name", name: "full_name", autocomplete: "name", spellcheck: false }) }}
{{ govukDateInput({ id: "dob", namePrefix: "dob", fieldset: { legend: { text: "Ngày sinh" } }, hint: { text: "Ví dụ: 27 3 1990" },
   items: [{ name: "day", label: "Ngày", classes: "govuk-input--width-2", autocomplete: "bday-day" }, { name: "month", label: "Tháng", classes: "govuk-input--width-2", autocomplete: "bday-month" }, { name: "year", label: "Năm", classes: "govuk-input--width-4", autocomplete: "bday-year" }] }) }}
{{ govukRadios({ name: "sex", classes: "govuk-radios--inline", fieldset: { legend: { text: "Giới tính" } }, items: [{ value: "male", text: "Nam" }, { value: "female", text: "Nữ" }] }) }}
{{ govukInput({ label: { text: "Số định danh cá nhân" }, hint: { text: "12 chữ số, in trên thẻ căn cước" }, id: "id_number", name: "id_number", inputmode: "numeric", classes: "govuk-input--width-20", spellcheck: false }) }}
{{ govukInput({ label: { text: "Địa chỉ email (không bắt buộc)" }, hint: { text: "Chúng tôi gửi biên nhận hồ sơ tới địa chỉ này." }, id: "email", name: "email", type: "email", autocomplete: "email", spellcheck: false }) }}
{{ govukInput({ label: { text: "Số điện thoại di động" }, id: "phone", name: "phone", type: "tel", autocomplete: "tel", classes: "govuk-input--width-20" }) }}
<h2 class="govuk-heading-m">Địa chỉ thường trú</h2>
{{ govukSelect({ id: "address_province", name: "address_province", label: { text: "Tỉnh, thành phố" }, items: [{ value: "", text: "Chọn tỉnh, thành phố" }].concat(provinces) }) }}
{{ govukButton({ text: "Xem xã, phường của tỉnh, thành phố này", classes: "govuk-button--secondary", name: "dvc_communes", value: "address", attributes: { formnovalidate: true } }) }}
{{ govukSelect({ id: "address_commune", name: "address_commune", label: { text: "Xã, phường hoặc đặc khu" }, hint: { text: "Theo địa giới mới từ ngày 01/7/2025. Chọn tỉnh, thành phố trước" }, items: [{ value: "", text: "Chọn xã, phường" }] }) }}
{{ govukInput({ label: { text: "Số nhà, tên đường" }, id: "address_street", name: "address_street", autocomplete: "address-line1" }) }}
{{ govukFileUpload({ id: "attachments", name: "attachments", label: { text: "Ảnh thẻ căn cước (hai mặt)" }, hint: { text: "PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 2 tệp." }, multiple: true }) }}
<h2 class="govuk-heading-m">Dữ liệu cá nhân</h2>
{{ govukCheckboxes({ name: "consent_sms", fieldset: { legend: { text: "Nhận tin nhắn về hồ sơ" } }, hint: { text: "Số điện thoại di động, để báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc đã có kết quả. Bên xử lý: Văn phòng UBND tỉnh (bộ phận một cửa)." }, items: [{ value: "yes", text: "Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này" }] }) }}
{{ govukCheckboxes({ name: "declaration", fieldset: { legend: { text: "Cam đoan" } }, items: [{ value: "yes", text: "Tôi cam đoan những thông tin trên là đúng sự thật" }] }) }}
{{ govukButton({ text: "Gửi đăng ký" }) }}
</form>
{% endblock %}`;
const compiled = nunjucks.compile(TEMPLATE, env);

const server = createServer((req, res) => {
  if (req.method !== 'GET') {
    res.writeHead(405).end();
    return;
  }
  const html = compiled.render({ provinces });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
});
const at = process.argv.indexOf('--port');
server.listen(at > 0 ? Number(process.argv[at + 1]) : 0, '127.0.0.1', () => {
  console.log(`govuk-form: http://127.0.0.1:${server.address().port}/`);
});
