//! Tables for people: the rows a csv and an xlsx sheet are written from, and the
//! csv as Polish Excel opens it without an import dialog.

use crate::domain::dates;
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::report::Count;
use crate::text::clean::csv_text;
use chrono::NaiveDate;

/// One table of the csv and one sheet of the xlsx: the title names the sheet and
/// heads the first column (`header[0]`).
pub struct Table {
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

pub enum Cell {
    Text(String),
    Int(u32),
    Hours(Hours),
    Money(Money),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    /// For Polish Excel: decimal commas, no thousands separator (so it reads a number), `DD.MM.YYYY`.
    pub fn csv(&self) -> String {
        match self {
            Cell::Text(s) => csv_text(s).into_owned(),
            Cell::Int(n) => n.to_string(),
            Cell::Hours(h) => h.to_pl_number(),
            Cell::Money(m) => m.to_decimal().replace('.', ","),
            Cell::Date(d) => dates::pl(*d),
            Cell::Empty => String::new(),
        }
    }
}

pub fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

pub fn count_row(label: impl Into<String>, c: &Count) -> Vec<Cell> {
    vec![
        text(label),
        Cell::Int(c.total),
        Cell::Int(c.women),
        Cell::Int(c.men),
    ]
}

/// A label as a cell starts a sentence: its first letter upper case.
pub fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A table's header: its title heads the first column.
pub fn header(title: &'static str, columns: &[&'static str]) -> Vec<&'static str> {
    std::iter::once(title)
        .chain(columns.iter().copied())
        .collect()
}

/// CSV for Polish Excel: UTF-8 with a BOM, `;` between fields, decimal commas,
/// `DD.MM.YYYY`, one header row a table, the tables apart by one empty line.
pub fn excel_csv(tables: &[Table]) -> String {
    let mut out = String::from("\u{feff}");
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(vec![]);
        let _ = w.write_record(&table.header);
        for row in &table.rows {
            let _ = w.write_record(row.iter().map(Cell::csv));
        }
        out.push_str(&String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default());
    }
    out
}
