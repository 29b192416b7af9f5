//! What is wrong with one answer: a code and the numbers or words the message needs.
//! Owns the vocabulary of problems; the sentences live in `messages`.

/// The kind of problem found in an answer. Each code has one message per locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemCode {
    /// Nothing was entered for a required question.
    Required,
    /// The answer is longer than allowed; args: `max`, `actual` (characters).
    TooLong,
}

/// One problem with one answer, ready to be rendered by a message catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub code: ProblemCode,
    /// Named arguments the message uses, e.g. `("max", "100")`.
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    /// A problem without arguments.
    pub fn new(code: ProblemCode) -> Self {
        Self { code, args: Vec::new() }
    }

    /// Adds a named argument (builder style).
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The value of a named argument, or "" when the problem has none by that name.
    pub fn arg(&self, name: &str) -> &str {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}
