//! The demo's one-stop desk: its made-up test officers (created when `DVC_TEST_OFFICERS=on`,
//! as `cargo xtask demo` and the tests set it: one at the demo's agency, one at another, so
//! that the tests show an officer sees only their own agency's dossiers), and the outbox on
//! a page for designers (`/thu-nghiem/hop-thu`: the messages a portal's SMS sender would
//! send, officers' one-time codes included, so only with the test officers).

use dvc_server::casework::officers::{Officer, Officers};
use dvc_server::casework::outbox::Outbox;
use dvc_server::database::StoreError;

/// The outbox's page for designers.
pub const OUTBOX_PATH: &str = "/thu-nghiem/hop-thu";

/// A made-up officer: their identification number (the account), password, name, agency
/// and phone. Demonstration accounts only, written here on purpose.
pub struct TestOfficer {
    pub login: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    pub agency: &'static str,
    pub phone: &'static str,
}

/// The demo's test officers.
pub const TEST_OFFICERS: [TestOfficer; 2] = [
    TestOfficer {
        login: "001090000001",
        password: "mat-khau-thu-nghiem-1",
        name: "Cán bộ Thử Một",
        agency: crate::procedures::AGENCY,
        phone: "0900000001",
    },
    TestOfficer {
        login: "001090000002",
        password: "mat-khau-thu-nghiem-2",
        name: "Cán bộ Thử Hai",
        agency: "000.00.13.H62",
        phone: "0900000002",
    },
];

/// Whether the test officers are on (`DVC_TEST_OFFICERS=on`).
pub fn test_officers_on() -> bool {
    std::env::var("DVC_TEST_OFFICERS").is_ok_and(|v| v == "on")
}

/// Creates (or resets) the test officers.
pub async fn ensure_test_officers(officers: &Officers) -> Result<(), StoreError> {
    for t in &TEST_OFFICERS {
        let o = Officer {
            login: t.login.into(),
            name: t.name.into(),
            agency: t.agency.into(),
            phone: t.phone.into(),
        };
        officers.ensure(&o, t.password).await?;
    }
    Ok(())
}

/// The newest messages of the outbox, as a table for designers.
pub async fn outbox_rows(outbox: &Outbox) -> Vec<Vec<String>> {
    outbox
        .newest(50)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                m.to,
                m.channel.slug().to_string(),
                m.text,
                m.dossier.unwrap_or_default(),
            ]
        })
        .collect()
}
