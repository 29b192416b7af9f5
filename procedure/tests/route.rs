//! The birth-extract procedure at work on answers: the route, back and next, what a changed
//! answer drops, the question's wording, the checks of a post (from the file) and the fee.

use dvc_procedure::route::{self, FeeLine, Next};
use dvc_procedure::{read, ProcedureFile};
use dvc_rules::date::Date;
use dvc_rules::form::{check_field, FieldRule};
use dvc_rules::Locale;

fn birth_extract() -> ProcedureFile {
    read(
        "cap-ban-sao-trich-luc-khai-sinh.toml",
        include_str!("../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml"),
    )
    .unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

fn ids(file: &ProcedureFile, route: &[usize]) -> Vec<String> {
    route.iter().map(|&i| file.pages[i].id.clone()).collect()
}

#[test]
fn the_delivery_address_is_asked_only_by_post() {
    let file = birth_extract();
    let at_the_desk = answers(&[("cho-ai", "ban-than"), ("nhan-ket-qua", "tai-noi-nop")]);
    assert_eq!(
        ids(&file, &route::route(&file, &at_the_desk)),
        [
            "cho-ai",
            "ho-ten",
            "ngay-sinh",
            "noi-dang-ky",
            "so-ban",
            "nhan-ket-qua",
            "ghi-chu"
        ]
    );
    let by_post = answers(&[("cho-ai", "ban-than"), ("nhan-ket-qua", "buu-dien")]);
    assert!(ids(&file, &route::route(&file, &by_post)).contains(&"dia-chi-nhan".to_string()));
    // For someone else, their authorisation is asked.
    let for_another = answers(&[("cho-ai", "nguoi-khac")]);
    assert_eq!(
        ids(&file, &route::route(&file, &for_another))[1],
        "giay-uy-quyen"
    );
    // Every page is on some route.
    for page in &file.pages {
        assert!(
            [&at_the_desk, &by_post, &for_another].iter().any(|a| ids(
                &file,
                &route::route(&file, a)
            )
            .contains(&page.id)),
            "{} is reached",
            page.id
        );
    }
}

#[test]
fn back_is_the_page_before_on_the_route_taken_and_next_follows_it() {
    let file = birth_extract();
    let at_the_desk = answers(&[("nhan-ket-qua", "tai-noi-nop")]);
    let by_post = answers(&[("nhan-ket-qua", "buu-dien")]);
    let back =
        |a: &[(String, String)], id: &str| route::previous(&file, a, id).map(|p| p.id.clone());
    assert_eq!(
        back(&at_the_desk, "ghi-chu").as_deref(),
        Some("nhan-ket-qua")
    );
    assert_eq!(back(&by_post, "ghi-chu").as_deref(), Some("dia-chi-nhan"));
    assert_eq!(
        back(&by_post, "cho-ai"),
        None,
        "the start page before the first"
    );
    let next = |a: &[(String, String)], id: &str| match route::next(&file, a, id) {
        Next::Page(p) => p.id.clone(),
        Next::CheckAnswers => "check".into(),
    };
    assert_eq!(next(&by_post, "nhan-ket-qua"), "dia-chi-nhan");
    assert_eq!(next(&at_the_desk, "nhan-ket-qua"), "ghi-chu");
    assert_eq!(next(&at_the_desk, "ghi-chu"), "check");
}

#[test]
fn a_changed_answer_drops_the_answers_of_pages_it_takes_off_the_route() {
    let file = birth_extract();
    let before = answers(&[
        ("cho-ai", "nguoi-khac"),
        ("quan-he", "anh trai"),
        ("so-ban", "2"),
        ("nhan-ket-qua", "buu-dien"),
        ("dia-chi-nhan_province", "01"),
        ("dia-chi-nhan_commune", "00004"),
        ("dia-chi-nhan_street", "12 Hàng Bạc"),
        ("ngay-sinh-day", "5"),
        ("dvc_form", "question"),
    ]);
    let mut changed = before.clone();
    changed[3].1 = "tai-noi-nop".into();
    let kept = route::on_route_only(&file, &changed);
    assert_eq!(
        kept.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        [
            "cho-ai",
            "quan-he",
            "so-ban",
            "nhan-ket-qua",
            "ngay-sinh-day",
            "dvc_form"
        ],
        "the delivery address went with its page; the engine's marks stay"
    );
    assert_eq!(
        route::on_route_only(&file, &before),
        before,
        "nothing dropped while on the route"
    );
}

#[test]
fn the_question_is_worded_for_whom_it_is_asked() {
    let file = birth_extract();
    let page = route::page(&file, "ngay-sinh").unwrap();
    let ask = |who: &str, locale| {
        route::question(&file, page, &answers(&[("cho-ai", who)]), locale).to_string()
    };
    assert_eq!(ask("ban-than", Locale::Vi), "Bạn sinh ngày nào?");
    assert_eq!(ask("con", Locale::Vi), "Con của bạn sinh ngày nào?");
    assert_eq!(
        ask("nguoi-khac", Locale::En),
        "What is their date of birth?"
    );
}

#[test]
fn a_post_is_checked_against_the_file() {
    let file = birth_extract();
    let today = Date::new(2026, 12, 5).unwrap();
    let copies = route::page(&file, "so-ban").unwrap();
    let specs = route::specs(&file, copies, &[], Locale::Vi);
    assert_eq!(specs.len(), 1);
    assert_eq!(
        specs[0].rule,
        FieldRule::WholeNumber {
            min: Some(1),
            max: Some(10)
        }
    );
    let problem = check_field(&specs[0], &answers(&[("so-ban", "11")]), today).unwrap_err();
    assert_eq!(
        problem.message(Locale::Vi, &specs[0].subject),
        "Số bản sao phải từ 1 đến 10"
    );
    let en = route::specs(&file, copies, &[], Locale::En);
    assert_eq!(
        problem.message(Locale::En, &en[0].subject),
        "Copies must be between 1 and 10"
    );

    // The follow-up under "someone else" is asked only when that is chosen.
    let who = route::page(&file, "cho-ai").unwrap();
    let specs = route::specs(&file, who, &[], Locale::Vi);
    assert_eq!(specs.len(), 2);
    assert_eq!(specs[1].name, "quan-he");
    assert_eq!(
        specs[1].when,
        Some(("cho-ai".to_string(), "nguoi-khac".to_string()))
    );
    let posted = answers(&[("cho-ai", "nguoi-khac")]);
    assert!(
        check_field(&specs[1], &posted, today).is_err(),
        "the relation is required then"
    );
    assert!(check_field(&specs[1], &answers(&[("cho-ai", "con")]), today).is_ok());

    // A place: its province and a commune of that province.
    let place = route::page(&file, "noi-dang-ky").unwrap();
    let specs = route::specs(&file, place, &[], Locale::Vi);
    let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["noi-dang-ky_province", "noi-dang-ky_commune"]);
    let wrong = answers(&[
        ("noi-dang-ky_province", "79"),
        ("noi-dang-ky_commune", "00004"),
    ]);
    assert!(
        check_field(&specs[1], &wrong, today).is_err(),
        "a Hà Nội commune is not in Hồ Chí Minh City"
    );
}

#[test]
fn the_fee_follows_the_answers() {
    let file = birth_extract();
    let fee = |pairs: &[(&str, &str)]| route::fees(&file, &answers(pairs), Locale::Vi);
    assert_eq!(
        fee(&[("so-ban", "3"), ("nhan-ket-qua", "buu-dien")]),
        vec![
            FeeLine {
                item: "Phí cấp bản sao trích lục".into(),
                unit: 8000,
                count: 3,
                amount: 24000,
                receiver: "agency".into()
            },
            FeeLine {
                item: "Cước gửi qua bưu điện".into(),
                unit: 25000,
                count: 1,
                amount: 25000,
                receiver: "post".into()
            },
        ]
    );
    assert_eq!(
        fee(&[("so-ban", "1"), ("nhan-ket-qua", "tai-noi-nop")]).len(),
        1,
        "no postage at the desk"
    );
    assert!(
        fee(&[]).is_empty(),
        "nothing before the number of copies is known"
    );
}

#[test]
fn an_exit_page_ends_the_route() {
    let file = read("every-field.toml", include_str!("files/every-field.toml")).unwrap();
    let stopped = route::route(&file, &answers(&[("ai", "khac")]));
    assert_eq!(ids(&file, &stopped), ["ai", "ten", "nuoc-ngoai"]);
    let on = route::route(&file, &answers(&[("ai", "khac"), ("quan_he", "cha")]));
    assert!(!ids(&file, &on).contains(&"nuoc-ngoai".to_string()));
    // Not the exit, nor the contract (no contract among the papers) nor the old address
    // (no email, not Hà Nội).
    assert_eq!(on.len(), 19);
    match route::first_unanswered(&file, &answers(&[("ai", "khac")])) {
        Next::Page(p) => assert_eq!(p.id, "ten"),
        Next::CheckAnswers => panic!("the name is not answered"),
    }
}

#[test]
fn an_optional_page_not_reached_yet_is_still_to_visit_and_one_passed_is_not() {
    let file = birth_extract();
    let all_required = answers(&[
        ("cho-ai", "ban-than"),
        ("ho-ten", "An"),
        ("ngay-sinh-day", "1"),
        ("ngay-sinh-month", "1"),
        ("ngay-sinh-year", "1990"),
        ("noi-dang-ky_province", "01"),
        ("noi-dang-ky_commune", "00004"),
        ("so-ban", "1"),
        ("nhan-ket-qua", "tai-noi-nop"),
    ]);
    let at = |seen: &str| match route::resume_at(&file, &all_required, seen) {
        Next::Page(p) => p.id.clone(),
        Next::CheckAnswers => "kiem-tra".into(),
    };
    // The note is optional: the citizen who has reached it but not passed it goes there.
    assert_eq!(at("ghi-chu"), "ghi-chu");
    assert_eq!(at("so-ban"), "ghi-chu");
    assert_eq!(at(""), "ghi-chu");
    // Once at check answers, it was passed.
    assert_eq!(at("kiem-tra"), "kiem-tra");
    // A required page unanswered comes first, however far the citizen has been.
    let no_copies: Vec<_> = all_required
        .iter()
        .filter(|(n, _)| n != "so-ban")
        .cloned()
        .collect();
    assert!(
        matches!(route::resume_at(&file, &no_copies, "kiem-tra"), Next::Page(p) if p.id == "so-ban")
    );
    assert_eq!(route::further(&file, "so-ban", "ho-ten"), "so-ban");
    assert_eq!(route::further(&file, "ho-ten", "kiem-tra"), "kiem-tra");
    assert_eq!(route::further(&file, "", "ho-ten"), "ho-ten");
}
