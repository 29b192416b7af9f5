//! Tests of the content components (Tag, InsetText, WarningText, Details,
//! NotificationBanner, Breadcrumbs, Timeline, Pagination, SummaryList, SummaryCard, Table,
//! FilterPanel): server-rendered markup. Run through
//! components/tests/markup.rs.

use crate::support::*;
use dvc_ui::content::{
    BannerKind, Breadcrumbs, Crumb, Details, Event, InsetText, NotificationBanner, Pagination,
    SummaryAction, SummaryCard, SummaryList, SummaryRow, Tag, TagColour, Timeline, WarningText,
};
use dvc_ui::content::{Column, SortDirection, Table};

#[test]
fn a_tag_says_its_status_in_words_with_its_colour() {
    let doc = render(|| view! { <Tag colour=TagColour::Red>"Từ chối"</Tag> });
    let tag = one(&doc, "strong.dvc-tag");
    assert_eq!(text(tag), "Từ chối");
    assert_eq!(attr(tag, "class"), Some("dvc-tag dvc-tag--red"));
    let doc = render(|| view! { <Tag>"Đã lưu nháp"</Tag> });
    assert_eq!(
        attr(one(&doc, ".dvc-tag"), "class"),
        Some("dvc-tag dvc-tag--grey")
    );
}

#[test]
fn inset_text_and_a_warning_read_well_without_their_looks() {
    let doc = render(|| view! { <InsetText><p>"Trong 3 ngày làm việc."</p></InsetText> });
    assert_eq!(
        text(one(&doc, "div.dvc-inset-text > p")),
        "Trong 3 ngày làm việc."
    );
    let doc = render(|| view! { <WarningText>"Khai man có thể bị phạt."</WarningText> });
    assert_eq!(
        attr(one(&doc, ".dvc-warning-text__icon"), "aria-hidden"),
        Some("true")
    );
    assert_eq!(
        text(one(&doc, "strong.dvc-warning-text__text")),
        "Cảnh báo: Khai man có thể bị phạt."
    );
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <WarningText>"You can be fined."</WarningText> }
    });
    assert_eq!(text(one(&doc, ".dvc-visually-hidden")), "Warning:");
}

#[test]
fn details_are_the_browsers_own_closed_unless_asked() {
    let doc =
        render(|| view! { <Details summary="Tôi không nhớ số"><p>"12 chữ số."</p></Details> });
    let details = one(&doc, "details.dvc-details");
    assert_eq!(attr(details, "open"), None);
    assert_eq!(
        text(one(&doc, "details > summary.dvc-details__summary")),
        "Tôi không nhớ số"
    );
    let doc = render(|| view! { <Details summary="Giấy tờ" open=true><p>"Sổ đỏ."</p></Details> });
    assert!(attr(one(&doc, "details"), "open").is_some());
}

#[test]
fn an_information_banner_is_a_named_region_and_a_success_banner_an_alert_that_takes_focus() {
    let doc = render(
        || view! { <NotificationBanner id="b1"><p>"Hạn nộp 15/12."</p></NotificationBanner> },
    );
    let banner = one(&doc, "#b1");
    assert_eq!(attr(banner, "role"), Some("region"));
    assert_eq!(attr(banner, "aria-labelledby"), Some("b1-title"));
    assert_eq!(text(one(&doc, "h2#b1-title")), "Thông báo quan trọng");
    assert_eq!(
        attr(banner, "data-dvc-module"),
        None,
        "an information banner takes no focus"
    );
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <NotificationBanner kind=BannerKind::Success id="b2"><p>"Sent."</p></NotificationBanner> }
    });
    let banner = one(&doc, "#b2");
    assert_eq!(attr(banner, "role"), Some("alert"));
    assert_eq!(attr(banner, "data-dvc-module"), Some("notification-banner"));
    assert!(attr(banner, "class")
        .unwrap()
        .contains("dvc-notification-banner--success"));
    assert_eq!(text(one(&doc, "#b2-title")), "Success");
}

#[test]
fn breadcrumbs_are_a_named_navigation_list_with_the_current_page_as_text() {
    let doc = render(|| {
        view! {
            <Breadcrumbs crumbs=vec![
                Crumb::link("Trang chủ", "/"),
                Crumb::link("Hồ sơ của tôi", "/ho-so"),
                Crumb::here("Hồ sơ 0001"),
            ]/>
        }
    });
    assert_eq!(
        attr(one(&doc, "nav.dvc-breadcrumbs"), "aria-label"),
        Some("Đường dẫn")
    );
    assert_eq!(count(&doc, "nav > ol > li"), 3);
    assert_eq!(count(&doc, "li > a"), 2);
    let here = one(&doc, "li[aria-current=page]");
    assert_eq!(text(here), "Hồ sơ 0001");
}

#[test]
fn a_timeline_is_an_ordered_list_of_events_each_with_who_and_a_machine_readable_when() {
    let doc = render(|| {
        view! {
            <Timeline events=vec![
                Event { what: "Cần bổ sung giấy tờ".into(), who: "Bộ phận Một cửa".into(), when: "14:30, 06/12/2026".into(), datetime: "2026-12-06T14:30+07:00".into(), detail: Some("Bản chụp bị mờ.".into()) },
                Event { what: "Đã tiếp nhận".into(), who: "Bộ phận Một cửa".into(), when: "9:15, 05/12/2026".into(), datetime: "2026-12-05T09:15+07:00".into(), detail: None },
            ]/>
        }
    });
    assert_eq!(count(&doc, "ol.dvc-timeline > li"), 2);
    let titles: Vec<String> = all(&doc, "li h3").into_iter().map(text).collect();
    assert_eq!(titles, ["Cần bổ sung giấy tờ", "Đã tiếp nhận"]);
    assert_eq!(
        attr(all(&doc, "time")[0], "datetime"),
        Some("2026-12-06T14:30+07:00")
    );
    assert_eq!(text(one(&doc, ".dvc-timeline__detail")), "Bản chụp bị mờ.");
    assert_eq!(
        text(all(&doc, ".dvc-timeline__byline")[1]),
        "Bộ phận Một cửa, 9:15, 05/12/2026"
    );
}

#[test]
fn pagination_links_every_page_it_shows_and_marks_the_current_one() {
    let doc = render(|| view! { <Pagination current=6 total=12 href=|n| format!("?trang={n}")/> });
    assert_eq!(
        attr(one(&doc, "nav.dvc-pagination"), "aria-label"),
        Some("Phân trang")
    );
    let numbers: Vec<String> = all(&doc, ".dvc-pagination__item")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(numbers, ["1", "…", "5", "6", "7", "…", "12"]);
    let current = one(&doc, "a[aria-current=page]");
    assert_eq!(attr(current, "href"), Some("?trang=6"));
    assert_eq!(attr(current, "aria-label"), Some("Trang 6"));
    assert_eq!(attr(one(&doc, "a[rel=prev]"), "href"), Some("?trang=5"));
    assert_eq!(text(one(&doc, "a[rel=next]")), "Sau Trang 7");
    let first = render(|| view! { <Pagination current=1 total=3 href=|n| format!("?trang={n}")/> });
    assert_eq!(
        count(&first, "a[rel=prev]"),
        0,
        "nothing before the first page"
    );
    let one_page =
        render(|| view! { <Pagination current=1 total=1 href=|n| format!("?trang={n}")/> });
    assert_eq!(count(&one_page, "nav"), 0, "one page: no pagination");
}

#[test]
fn a_summary_list_is_a_description_list_whose_actions_say_what_they_change() {
    let rows = vec![
        SummaryRow::new("Họ và tên", "Lò Văn Páo").with(SummaryAction::new(
            "Thay đổi",
            "/ho-ten",
            "họ và tên",
        )),
        SummaryRow::new("Mã hồ sơ", "000.00.12.H62-261205-0001"),
        SummaryRow::new("Giấy khai sinh", "<b>a.pdf</b>\nb.pdf")
            .with(SummaryAction::new("Xem", "/xem", "giấy khai sinh"))
            .with(SummaryAction::new("Thay tệp", "/thay", "giấy khai sinh")),
    ];
    let doc = render(move || view! { <SummaryList rows=rows/> });
    assert_eq!(
        attr(one(&doc, "dl"), "class"),
        Some("dvc-summary-list dvc-summary-list--with-actions"),
        "its rows keep a column for actions"
    );
    let rows = all(&doc, "dl.dvc-summary-list > div.dvc-summary-list__row");
    assert_eq!(rows.len(), 3);
    assert_eq!(count(&doc, "dt.dvc-summary-list__key"), 3);
    assert_eq!(count(&doc, "dd.dvc-summary-list__value"), 3);
    // One action: a link alone; its hidden words say what it changes.
    let change = one(
        &doc,
        "dd.dvc-summary-list__actions > a.dvc-link[href=\"/ho-ten\"]",
    );
    assert_eq!(text(change), "Thay đổi họ và tên");
    assert_eq!(
        text(one(&doc, "a[href=\"/ho-ten\"] > .dvc-visually-hidden")),
        "họ và tên"
    );
    // A row without actions among rows with: it keeps its place.
    assert_eq!(
        attr(rows[1], "class"),
        Some("dvc-summary-list__row dvc-summary-list__row--no-actions")
    );
    assert_eq!(
        count(
            &doc,
            "div.dvc-summary-list__row--no-actions dd.dvc-summary-list__actions"
        ),
        0
    );
    // Several actions: a list, each naming what it acts on.
    let items = all(&doc, "ul.dvc-summary-list__actions-list > li > a");
    assert_eq!(
        items.iter().map(|a| text(*a)).collect::<Vec<_>>(),
        vec!["Xem giấy khai sinh", "Thay tệp giấy khai sinh"]
    );
    // A value is text: markup shown as typed, line breaks kept for CSS to show.
    assert_eq!(count(&doc, "dd.dvc-summary-list__value b"), 0);
    assert!(
        doc.html().contains("&lt;b&gt;a.pdf&lt;/b&gt;\nb.pdf"),
        "{}",
        doc.html()
    );
    // No row has actions: no modifier anywhere; no lines asked for.
    let plain = vec![SummaryRow::new("Lệ phí", "8.000 ₫")];
    let doc = render(move || view! { <SummaryList rows=plain no_border=true/> });
    assert_eq!(
        attr(one(&doc, "dl"), "class"),
        Some("dvc-summary-list dvc-summary-list--no-border")
    );
    assert_eq!(
        attr(one(&doc, "dl > div"), "class"),
        Some("dvc-summary-list__row")
    );
}

#[test]
fn a_summary_card_has_a_heading_and_actions_that_name_the_card() {
    let doc = render(|| {
        view! {
            <SummaryCard
                title="Khách 1: Lò Thị Mai".to_string()
                actions=vec![SummaryAction::new("Xoá", "/khach/1/xoa", "")]
                rows=vec![SummaryRow::new("Ngày sinh", "05/02/1990")]
                heading_level=3
            />
        }
    });
    assert_eq!(
        text(one(&doc, "div.dvc-summary-card h3.dvc-summary-card__title")),
        "Khách 1: Lò Thị Mai"
    );
    let remove = one(
        &doc,
        "ul.dvc-summary-card__actions > li.dvc-summary-card__action > a",
    );
    assert_eq!(text(remove), "Xoá (Khách 1: Lò Thị Mai)");
    assert_eq!(attr(remove, "href"), Some("/khach/1/xoa"));
    assert_eq!(
        count(&doc, ".dvc-summary-card__content dl.dvc-summary-list dt"),
        1
    );
    let doc = render(|| view! { <SummaryCard title="Giấy tờ".to_string() rows=vec![]/> });
    assert_eq!(
        count(&doc, "h2.dvc-summary-card__title"),
        1,
        "a level 2 heading by default"
    );
    assert_eq!(
        count(&doc, ".dvc-summary-card__actions"),
        0,
        "no empty list of actions"
    );
}

#[test]
fn a_table_has_a_caption_scoped_headers_numbers_marked_and_sorting_links() {
    let doc = render(|| {
        view! {
            <Table
                caption="Hồ sơ đang chờ".to_string()
                columns=vec![
                    Column::new("Mã hồ sơ"),
                    Column::new("Ngày nhận").sorts("?sap-xep=ngay", Some(SortDirection::Descending)),
                    Column::new("Số giấy tờ").numeric().sorts("?sap-xep=so", None),
                ]
                rows=vec![vec!["HS-1".into(), "01/12/2026".into(), "<b>2</b>".into()]]
                first_cell_is_header=true
            />
        }
    });
    assert_eq!(
        text(one(
            &doc,
            "div.dvc-table-container > table.dvc-table > caption"
        )),
        "Hồ sơ đang chờ"
    );
    let heads = all(&doc, "thead th");
    assert!(heads.iter().all(|h| attr(*h, "scope") == Some("col")));
    assert_eq!(
        attr(heads[0], "aria-sort"),
        None,
        "a column that does not sort says nothing"
    );
    assert_eq!(attr(heads[1], "aria-sort"), Some("descending"));
    assert_eq!(attr(heads[2], "aria-sort"), Some("none"));
    let sort = one(&doc, "th a.dvc-table__sort-link[href=\"?sap-xep=ngay\"]");
    assert_eq!(
        text(sort),
        "Sắp xếp theo Ngày nhận ▼",
        "the visible words are in the link's name"
    );
    assert_eq!(
        attr(
            one(&doc, "a[href=\"?sap-xep=ngay\"] .dvc-table__sort-mark"),
            "aria-hidden"
        ),
        Some("true"),
        "the arrow is seen, the order said by aria-sort"
    );
    assert_eq!(
        count(&doc, "a[href=\"?sap-xep=so\"] .dvc-table__sort-mark"),
        0
    );
    assert_eq!(
        attr(heads[2], "class"),
        Some("dvc-table__header dvc-table__header--numeric")
    );
    assert_eq!(attr(one(&doc, "tbody th"), "scope"), Some("row"));
    assert_eq!(text(one(&doc, "tbody th")), "HS-1");
    let number = one(&doc, "tbody td.dvc-table__cell--numeric");
    assert_eq!(text(number), "<b>2</b>", "a cell is text");
    assert_eq!(count(&doc, "tbody b"), 0);
}

#[test]
fn a_filter_panel_sends_its_choices_by_get_and_each_chosen_filter_removes_only_itself() {
    use dvc_ui::content::{FilterGroup, FilterPanel};
    let doc = render(|| {
        let status = FilterGroup::several(
            "trang-thai",
            "Trạng thái",
            &[
                ("moi", "Mới nộp"),
                ("bo-sung", "Chờ bổ sung"),
                ("xong", "Đã trả"),
            ],
        )
        .with_chosen(&["moi", "bo-sung"]);
        let procedure = FilterGroup::one(
            "thu-tuc",
            "Thủ tục",
            &[("1.004222", "Đăng ký thường trú"), ("2.000635", "Bản sao")],
        )
        .with_chosen(&["2.000635"]);
        let keep = vec![("sap-xep".to_string(), "ngay-nhan".to_string())];
        view! {
            <FilterPanel action="/mot-cua" groups=vec![status, procedure] keep=keep/>
            <FilterPanel action="/mot-cua" groups=vec![] id="bo-loc-2"/>
        }
    });
    let form = one(&doc, "#bo-loc form");
    assert_eq!(attr(form, "method"), Some("get"));
    assert_eq!(attr(form, "action"), Some("/mot-cua"));
    assert_eq!(
        attr(
            one(&doc, "#bo-loc input[type=hidden][name=sap-xep]"),
            "value"
        ),
        Some("ngay-nhan"),
        "the sorting is kept"
    );
    let checked: Vec<_> = all(&doc, "#bo-loc input[type=checkbox][checked]")
        .into_iter()
        .map(|i| attr(i, "value").unwrap_or_default().to_string())
        .collect();
    assert_eq!(checked, ["moi", "bo-sung"]);
    assert_eq!(
        attr(
            one(&doc, "#bo-loc select[name=thu-tuc] option[selected]"),
            "value"
        ),
        Some("2.000635")
    );
    // Each label names its own box: ids unique in the page.
    for input in all(&doc, "input[type=checkbox]") {
        let id = attr(input, "id").unwrap();
        assert_eq!(count(&doc, &format!("label[for='{id}']")), 1, "{id}");
    }
    let tags: Vec<(String, String)> = all(&doc, "#bo-loc a.dvc-filter__tag")
        .into_iter()
        .map(|a| {
            (
                a.text().collect::<String>(),
                attr(a, "href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        tags,
        [
            (
                "Bỏ lọc: Mới nộp".to_string(),
                "/mot-cua?trang-thai=bo-sung&thu-tuc=2.000635&sap-xep=ngay-nhan".to_string()
            ),
            (
                "Bỏ lọc: Chờ bổ sung".to_string(),
                "/mot-cua?trang-thai=moi&thu-tuc=2.000635&sap-xep=ngay-nhan".to_string()
            ),
            (
                "Bỏ lọc: Bản sao".to_string(),
                "/mot-cua?trang-thai=moi&trang-thai=bo-sung&sap-xep=ngay-nhan".to_string()
            ),
        ]
    );
    assert_eq!(
        attr(one(&doc, "#bo-loc .dvc-filter__selected-top a"), "href"),
        Some("/mot-cua?sap-xep=ngay-nhan"),
        "clearing keeps the sorting"
    );
    // Nothing chosen: no "selected" part.
    assert_eq!(count(&doc, "#bo-loc-2 .dvc-filter__selected"), 0);
}
