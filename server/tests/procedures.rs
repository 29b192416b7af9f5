//! The procedure engine's server half on the birth-extract file: posts applied to a draft
//! (checked against the file, saved, routed), check answers in words, the submission.

use dvc_rules::date::Date;
use dvc_rules::Locale;
use dvc_server::database::Database;
use dvc_server::dossiers::{DossierStore, Draft, SqlDossiers};
use dvc_server::procedures::{self, Next, Outcome, Procedures};
use std::path::Path;

fn procedures() -> Procedures {
    Procedures::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../demo/procedures")).unwrap()
}

fn draft() -> Draft {
    Draft {
        id: "d1".into(),
        service: "cap-ban-sao-trich-luc-khai-sinh".into(),
        answers: Vec::new(),
        step: String::new(),
        updated_at: 0,
        expires_at: u64::MAX / 2,
        owner: None,
        claimant: None,
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

fn today() -> Date {
    Date::new(2026, 12, 5).unwrap()
}

fn post(
    file: &dvc_procedure::ProcedureFile,
    draft: &mut Draft,
    id: &str,
    list: &[(&str, &str)],
) -> Outcome {
    procedures::post_page(
        file,
        id,
        draft,
        &pairs(list),
        &[],
        0,
        today(),
        Locale::Vi,
        false,
    )
    .expect("a page of the file")
}

#[test]
fn the_demo_procedures_load_and_a_bad_file_stops_the_start_with_its_line() {
    let all = procedures();
    assert!(all.get("cap-ban-sao-trich-luc-khai-sinh").is_some());
    let dir = std::env::temp_dir().join(format!("dvc-procedures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bad.toml"),
        "[procedure]\ncode = \"1\"\nslug = \"x\"\n",
    )
    .unwrap();
    let problems = Procedures::load(&dir).err().expect("refused");
    assert!(problems[0].contains("bad.toml:1: "), "{problems:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_post_is_checked_against_the_file_saved_and_routed() {
    let file = procedures().get("cap-ban-sao-trich-luc-khai-sinh").unwrap();
    let mut d = draft();
    assert_eq!(
        post(
            &file,
            &mut d,
            "cho-ai",
            &[
                ("cho-ai", "nguoi-khac"),
                ("quan-he", "anh trai"),
                ("dvc_form", "question")
            ]
        ),
        Outcome::Saved(Next::Page("giay-uy-quyen".into())),
        "for someone else, their authorisation first"
    );
    assert_eq!(
        d.answers,
        pairs(&[("cho-ai", "nguoi-khac"), ("quan-he", "anh trai")]),
        "only the page's answers are kept"
    );
    // A wrong answer saves nothing and says what is wrong, in the file's words.
    let Outcome::Problems(problems) = post(&file, &mut d, "so-ban", &[("so-ban", "11")]) else {
        panic!("refused");
    };
    assert_eq!(
        problems[0].problem.message(Locale::Vi, "số bản sao"),
        "Số bản sao phải từ 1 đến 10"
    );
    assert!(!d.answers.iter().any(|(n, _)| n == "so-ban"));
    assert_eq!(
        post(&file, &mut d, "so-ban", &[("so-ban", "2")]),
        Outcome::Saved(Next::Page("nhan-ket-qua".into()))
    );
    // By post: the delivery address is next; its answers are kept with the draft.
    assert_eq!(
        post(
            &file,
            &mut d,
            "nhan-ket-qua",
            &[("nhan-ket-qua", "buu-dien")]
        ),
        Outcome::Saved(Next::Page("dia-chi-nhan".into()))
    );
    assert_eq!(
        post(
            &file,
            &mut d,
            "dia-chi-nhan",
            &[
                ("dia-chi-nhan_province", "01"),
                ("dia-chi-nhan_commune", "00004"),
                ("dia-chi-nhan_street", "12 Hàng Bạc")
            ]
        ),
        Outcome::Saved(Next::Page("ghi-chu".into()))
    );
    // Changing to "at the desk" drops the delivery address (no longer on the route).
    assert_eq!(
        post(
            &file,
            &mut d,
            "nhan-ket-qua",
            &[("nhan-ket-qua", "tai-noi-nop")]
        ),
        Outcome::Saved(Next::Page("ghi-chu".into()))
    );
    assert!(
        !d.answers.iter().any(|(n, _)| n.starts_with("dia-chi-nhan")),
        "{:?}",
        d.answers
    );
    // "Someone else" changed to "myself": the relation goes with its choice.
    post(
        &file,
        &mut d,
        "cho-ai",
        &[("cho-ai", "ban-than"), ("quan-he", "anh trai")],
    );
    assert!(!d.answers.iter().any(|(n, _)| n == "quan-he"));
}

#[test]
fn coming_back_from_check_answers_goes_to_what_is_still_unanswered() {
    let file = procedures().get("cap-ban-sao-trich-luc-khai-sinh").unwrap();
    let mut d = draft();
    d.answers = pairs(&[
        ("cho-ai", "ban-than"),
        ("ho-ten", "Nguyễn Văn An"),
        ("ngay-sinh-day", "5"),
        ("ngay-sinh-month", "2"),
        ("ngay-sinh-year", "1990"),
        ("noi-dang-ky_province", "01"),
        ("noi-dang-ky_commune", "00004"),
        ("so-ban", "1"),
        ("nhan-ket-qua", "tai-noi-nop"),
    ]);
    let back = |d: &mut Draft, id: &str, list: &[(&str, &str)]| {
        procedures::post_page(
            &file,
            id,
            d,
            &pairs(list),
            &[],
            0,
            today(),
            Locale::Vi,
            true,
        )
        .unwrap()
    };
    assert_eq!(
        back(&mut d, "so-ban", &[("so-ban", "3")]),
        Outcome::Saved(Next::CheckAnswers)
    );
    assert_eq!(
        back(&mut d, "nhan-ket-qua", &[("nhan-ket-qua", "buu-dien")]),
        Outcome::Saved(Next::Page("dia-chi-nhan".into())),
        "a new question first"
    );
}

#[test]
fn check_answers_reads_every_answer_back_in_words() {
    let file = procedures().get("cap-ban-sao-trich-luc-khai-sinh").unwrap();
    let answers = pairs(&[
        ("cho-ai", "nguoi-khac"),
        ("quan-he", "anh trai"),
        ("ho-ten", "Nguyễn Văn An"),
        ("ngay-sinh-day", "5"),
        ("ngay-sinh-month", "2"),
        ("ngay-sinh-year", "1990"),
        ("noi-dang-ky_province", "01"),
        ("noi-dang-ky_commune", "00004"),
        ("so-ban", "2"),
        ("nhan-ket-qua", "tai-noi-nop"),
    ]);
    let rows: Vec<(String, String)> = procedures::read_back(&file, &answers, Locale::Vi)
        .into_iter()
        .map(|r| (r.question, r.answer))
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "Xin cho".into(),
                "Cho người khác (Bạn là gì của người đó: anh trai)".into()
            ),
            ("Giấy uỷ quyền".into(), "Không trả lời".into()),
            ("Họ và tên".into(), "Nguyễn Văn An".into()),
            ("Ngày sinh".into(), "05/02/1990".into()),
            (
                "Nơi đăng ký".into(),
                "Phường Ba Đình, Thành phố Hà Nội".into()
            ),
            ("Số bản sao".into(), "2".into()),
            ("Nhận kết quả".into(), "Nhận tại bộ phận một cửa".into()),
            ("Ghi chú".into(), "Không trả lời".into()),
        ]
    );
}

#[tokio::test]
async fn a_submission_goes_to_the_agency_of_the_place_and_gets_one_code() {
    let file = procedures().get("cap-ban-sao-trich-luc-khai-sinh").unwrap();
    let store = SqlDossiers::new(Database::in_memory().await.unwrap());
    let mut d = draft();
    d.answers = pairs(&[
        ("noi-dang-ky_province", "01"),
        ("noi-dang-ky_commune", "00004"),
    ]);
    store.save_draft(&d).await.unwrap();
    let agencies = |level: &str, code: &str| {
        (level == "commune" && code == "00004").then(|| "000.00.12.H26".to_string())
    };
    let nowhere = |_: &str, _: &str| None;
    assert_eq!(
        procedures::submit(&file, &store, &d, today(), &nowhere)
            .await
            .unwrap(),
        None,
        "no agency known: not submitted"
    );
    let (code, fresh) = procedures::submit(&file, &store, &d, today(), &agencies)
        .await
        .unwrap()
        .expect("a code");
    assert!(fresh, "this submit gave the code");
    assert!(
        code.to_string().starts_with("000.00.12.H26-261205-"),
        "{code}"
    );
    assert_eq!(
        procedures::submit(&file, &store, &d, today(), &agencies)
            .await
            .unwrap(),
        Some((code, false)),
        "the same code again, not given again"
    );
}
