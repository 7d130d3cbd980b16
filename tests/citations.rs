//! Citations, checked to the letter: golden reference-list entries and in-text forms in every
//! style for records of every kind (journal article, incomplete author list, guideline by an
//! organisation, edited book, chapter in an edited book, report, undated guidance, review with
//! eight authors, e-journal post, service evaluation), and BibTeX and RIS read back by an
//! independent parser (biblib).
//!
//! The expected strings were checked by hand against APA 7, Cite Them Right and Vancouver rules.

use biblib::CitationParser;
use evidence_bot::knowledge::{self, Knowledge, Record};
use evidence_bot::references::{csl as cite, Style};
use evidence_bot::references::{export, Format};

struct Golden {
    id: &'static str,
    apa: &'static str,
    apa_in_text: &'static str,
    harvard: &'static str,
    harvard_in_text: &'static str,
    vancouver: &'static str,
}

const GOLDEN: &[Golden] = &[
    Golden {
        id: "fukkink-2008",
        apa: "Fukkink, R. G. (2008). Video feedback in widescreen: A meta-analysis of family programs. Clinical Psychology Review, 28(6), 904–916. https://doi.org/10.1016/j.cpr.2008.01.003",
        apa_in_text: "(Fukkink, 2008)",
        harvard: "Fukkink, R.G. (2008) “Video feedback in widescreen: A meta-analysis of family programs,” Clinical Psychology Review, 28(6), pp. 904–916. Available at: https://doi.org/10.1016/j.cpr.2008.01.003.",
        harvard_in_text: "(Fukkink, 2008)",
        vancouver: "Fukkink RG. Video feedback in widescreen: A meta-analysis of family programs. Clinical Psychology Review 2008;28:904–16. https://doi.org/10.1016/j.cpr.2008.01.003.",
    },
    Golden {
        id: "barlow-2016-preterm-pilot",
        apa: "Barlow, J., Sembi, S., & Underdown, A. (2016). Pilot RCT of the use of video interactive guidance with preterm babies. Journal of Reproductive and Infant Psychology, 34(5), 511–524. https://doi.org/10.1080/02646838.2016.1217404",
        apa_in_text: "(Barlow et al., 2016)",
        harvard: "Barlow, J., Sembi, S. and Underdown, A. (2016) “Pilot RCT of the use of video interactive guidance with preterm babies,” Journal of Reproductive and Infant Psychology, 34(5), pp. 511–524. Available at: https://doi.org/10.1080/02646838.2016.1217404.",
        harvard_in_text: "(Barlow, Sembi and Underdown, 2016)",
        vancouver: "Barlow J, Sembi S, Underdown A. Pilot RCT of the use of video interactive guidance with preterm babies. Journal of Reproductive and Infant Psychology 2016;34:511–24. https://doi.org/10.1080/02646838.2016.1217404.",
    },
    Golden {
        id: "nice-ng26-2015",
        apa: "National Institute for Health and Care Excellence. (2015). Children's attachment: attachment in children and young people who are adopted from care, in care or at high risk of going into care [NICE guideline NG26]. https://www.nice.org.uk/guidance/ng26",
        apa_in_text: "(National Institute for Health and Care Excellence, 2015)",
        harvard: "National Institute for Health and Care Excellence (2015) Children's attachment: attachment in children and young people who are adopted from care, in care or at high risk of going into care. NICE guideline NG26. London: National Institute for Health and Care Excellence. Available at: https://www.nice.org.uk/guidance/ng26.",
        harvard_in_text: "(National Institute for Health and Care Excellence, 2015)",
        vancouver: "National Institute for Health and Care Excellence. Children's attachment: attachment in children and young people who are adopted from care, in care or at high risk of going into care. London: National Institute for Health and Care Excellence; 2015.",
    },
    Golden {
        id: "kennedy-landor-todd-2011-vig-book",
        apa: "Kennedy, H., Landor, M., & Todd, L. (Eds.). (2011). Video Interaction Guidance: A Relationship-Based Intervention to Promote Attunement, Empathy and Wellbeing. Jessica Kingsley Publishers.",
        apa_in_text: "(Kennedy et al., 2011)",
        harvard: "Kennedy, H., Landor, M. and Todd, L. (eds.) (2011) Video Interaction Guidance: A Relationship-Based Intervention to Promote Attunement, Empathy and Wellbeing. London: Jessica Kingsley Publishers.",
        harvard_in_text: "(Kennedy, Landor and Todd, 2011)",
        vancouver: "Kennedy H, Landor M, Todd L, editors. Video Interaction Guidance: A Relationship-Based Intervention to Promote Attunement, Empathy and Wellbeing. London: Jessica Kingsley Publishers; 2011.",
    },
    Golden {
        id: "kennedy-feeley-kershaw-fdac-chapter",
        apa: "Kennedy, H., Feeley, F., & Kershaw, S. (2018). Why Video Interaction Guidance in the Family Drug and Alcohol Court? In M. Shaw & S. Bailey (Eds.), Justice for Children and Families.",
        apa_in_text: "(Kennedy et al., 2018)",
        harvard: "Kennedy, H., Feeley, F. and Kershaw, S. (2018) “Why Video Interaction Guidance in the Family Drug and Alcohol Court?,” in M. Shaw and S. Bailey (eds.) Justice for Children and Families.",
        harvard_in_text: "(Kennedy, Feeley and Kershaw, 2018)",
        vancouver: "Kennedy H, Feeley F, Kershaw S. Why Video Interaction Guidance in the Family Drug and Alcohol Court? In: Shaw M, Bailey S, editors. Justice for Children and Families, 2018.",
    },
    Golden {
        id: "parent-infant-foundation-2025",
        apa: "Parent-Infant Foundation. (2025). Who is holding the baby? The development of parent-infant teams in the UK. https://parentinfantfoundation.org.uk/?p=9797",
        apa_in_text: "(Parent-Infant Foundation, 2025)",
        harvard: "Parent-Infant Foundation (2025) Who is holding the baby? The development of parent-infant teams in the UK. Parent-Infant Foundation. Available at: https://parentinfantfoundation.org.uk/?p=9797.",
        harvard_in_text: "(Parent-Infant Foundation, 2025)",
        vancouver: "Parent-Infant Foundation. Who is holding the baby? The development of parent-infant teams in the UK. Parent-Infant Foundation; 2025.",
    },
    Golden {
        id: "htw-video-feedback-appraisal",
        apa: "Health Technology Wales. (n.d.). Video feedback interventions to improve communication within family relationships and support children at risk [HTW Evidence Appraisal Report and Guidance]. https://healthtechnology.wales/reports-guidance/video-feedback-interventions/",
        apa_in_text: "(Health Technology Wales, n.d.)",
        harvard: "Health Technology Wales (no date) Video feedback interventions to improve communication within family relationships and support children at risk. HTW Evidence Appraisal Report and Guidance. Health Technology Wales. Available at: https://healthtechnology.wales/reports-guidance/video-feedback-interventions/.",
        harvard_in_text: "(Health Technology Wales, no date)",
        vancouver: "Health Technology Wales. Video feedback interventions to improve communication within family relationships and support children at risk. Health Technology Wales; n.d.",
    },
    Golden {
        id: "cochrane-ohara-2019",
        apa: "O'Hara, L., Smith, E. R., Barlow, J., Livingstone, N., Herath, N. I. N. S., Wei, Y., Spreckelsen, T. F., & Macdonald, G. (2019). Video feedback for parental sensitivity and attachment security in children under five years. Cochrane Database of Systematic Reviews, (11). https://doi.org/10.1002/14651858.CD012348.pub2",
        apa_in_text: "(O'Hara et al., 2019)",
        harvard: "O'Hara, L. et al. (2019) “Video feedback for parental sensitivity and attachment security in children under five years,” Cochrane Database of Systematic Reviews, (11). Available at: https://doi.org/10.1002/14651858.CD012348.pub2.",
        harvard_in_text: "(O'Hara et al., 2019)",
        vancouver: "O'Hara L, Smith ER, Barlow J, Livingstone N, Herath NINS, Wei Y, et al. Video feedback for parental sensitivity and attachment security in children under five years. Cochrane Database of Systematic Reviews 2019. https://doi.org/10.1002/14651858.CD012348.pub2.",
    },
    Golden {
        id: "pethica-2017-review",
        apa: "Pethica, S. (2017). Does video feedback improve the relationship between mothers experiencing mental health problems and their babies? An emerging evidence review. Attuned Interactions. https://attunedinteractions.wordpress.com/2017/04/19/does-video-feedback-improve-the-relationship-between-mothers-experiencing-mental-health-problems-and-their-babies-an-emerging-evidence-review-pethica-s/",
        apa_in_text: "(Pethica, 2017)",
        harvard: "Pethica, S. (2017) “Does video feedback improve the relationship between mothers experiencing mental health problems and their babies? An emerging evidence review,” Attuned Interactions. Available at: https://attunedinteractions.wordpress.com/2017/04/19/does-video-feedback-improve-the-relationship-between-mothers-experiencing-mental-health-problems-and-their-babies-an-emerging-evidence-review-pethica-s/.",
        harvard_in_text: "(Pethica, 2017)",
        vancouver: "Pethica S. Does video feedback improve the relationship between mothers experiencing mental health problems and their babies? An emerging evidence review. Attuned Interactions 2017.",
    },
    Golden {
        id: "nspcc-whalley-williams-2015",
        apa: "Whalley, P., & Williams, M. (2015). Child neglect and Video Interaction Guidance: an evaluation of an NSPCC service offered to parents where initial concerns of neglect have been noted [NSPCC Impact and Evidence series]. NSPCC. https://www.nspcc.org.uk/services-and-resources/research-and-resources/2015/video-interaction-guidance-vig-evaluation-report/",
        apa_in_text: "(Whalley & Williams, 2015)",
        harvard: "Whalley, P. and Williams, M. (2015) Child neglect and Video Interaction Guidance: an evaluation of an NSPCC service offered to parents where initial concerns of neglect have been noted. NSPCC Impact and Evidence series. London: NSPCC. Available at: https://www.nspcc.org.uk/services-and-resources/research-and-resources/2015/video-interaction-guidance-vig-evaluation-report/.",
        harvard_in_text: "(Whalley and Williams, 2015)",
        vancouver: "Whalley P, Williams M. Child neglect and Video Interaction Guidance: an evaluation of an NSPCC service offered to parents where initial concerns of neglect have been noted. London: NSPCC; 2015.",
    },
];

fn kb() -> Knowledge {
    knowledge::load_bundled().0
}

fn rec<'a>(k: &'a Knowledge, id: &str) -> &'a Record {
    k.get(id).unwrap_or_else(|| panic!("{id} missing"))
}

#[test]
fn golden_citations_in_every_style() {
    let k = kb();
    for g in GOLDEN {
        let r = rec(&k, g.id);
        let apa = cite::cite(r, Style::Apa).unwrap();
        assert_eq!(apa.reference, g.apa, "APA {}", g.id);
        assert_eq!(apa.in_text, g.apa_in_text, "APA in-text {}", g.id);
        let harvard = cite::cite(r, Style::Harvard).unwrap();
        assert_eq!(harvard.reference, g.harvard, "Harvard {}", g.id);
        assert_eq!(
            harvard.in_text, g.harvard_in_text,
            "Harvard in-text {}",
            g.id
        );
        let vancouver = cite::cite(r, Style::Vancouver).unwrap();
        assert_eq!(vancouver.reference, g.vancouver, "Vancouver {}", g.id);
    }
}

#[test]
fn vancouver_keeps_article_authors() {
    // hayagriva 0.10.1's NLM style drops article authors (typst/hayagriva#519); ours must not.
    let k = kb();
    let c = cite::cite(rec(&k, "fukkink-2008"), Style::Vancouver).unwrap();
    assert!(c.reference.starts_with("Fukkink RG."), "{}", c.reference);
}

#[test]
fn organisations_are_authors_without_initials() {
    let k = kb();
    for s in [Style::Apa, Style::Harvard, Style::Vancouver] {
        let c = cite::cite(rec(&k, "nice-ng26-2015"), s).unwrap();
        assert!(
            c.reference
                .starts_with("National Institute for Health and Care Excellence"),
            "{s:?}: {}",
            c.reference
        );
        assert!(
            !c.reference.contains("Excellence, N."),
            "{s:?}: {}",
            c.reference
        );
    }
}

#[test]
fn italics_survive_in_html() {
    let k = kb();
    let c = cite::cite(rec(&k, "fukkink-2008"), Style::Apa).unwrap();
    assert!(
        c.reference_html
            .contains("<i>Clinical Psychology Review</i>"),
        "{}",
        c.reference_html
    );
    let c = cite::cite(rec(&k, "kennedy-landor-todd-2011-vig-book"), Style::Apa).unwrap();
    assert!(
        c.reference_html.contains("<i>Video Interaction Guidance"),
        "{}",
        c.reference_html
    );
}

#[test]
fn every_record_renders_in_every_format() {
    let k = kb();
    for r in &k.records {
        for s in [Style::Apa, Style::Harvard, Style::Vancouver] {
            let c = cite::cite(r, s).unwrap_or_else(|e| panic!("{} {s:?}: {e}", r.id));
            let others = [", others", "& others", " and others"]
                .iter()
                .any(|o| c.reference.contains(o));
            assert!(
                !c.reference.is_empty() && !others,
                "{} {s:?}: {}",
                r.id,
                c.reference
            );
        }
        evidence_bot::references::bibtex::bibtex_entry(r)
            .unwrap_or_else(|e| panic!("{}: {e}", r.id));
    }
}

/// Title, DOI and year survive a round trip (biblib lower-cases DOIs, which are case-insensitive).
fn assert_core_fields(r: &Record, c: &biblib::Citation) {
    assert_eq!(c.title, r.title, "{}", r.id);
    assert_eq!(
        c.doi.as_deref().map(str::to_lowercase),
        r.doi.as_deref().map(str::to_lowercase),
        "{}",
        r.id
    );
    assert_eq!(
        c.date.as_ref().map(|d| d.year),
        r.year.map(i32::from),
        "{}",
        r.id
    );
}

#[test]
fn ris_round_trips_through_biblib() {
    let k = kb();
    let records: Vec<&Record> = k.records.iter().collect();
    let text = export::render(&records, &k, Format::Ris, "all").unwrap();
    let parsed = biblib::RisParser::new().parse(&text).expect("RIS parses");
    assert_eq!(parsed.len(), records.len());
    for (r, c) in records.iter().zip(&parsed) {
        assert_core_fields(r, c);
        // biblib reads AU and A2 (a chapter's book editors) as people; it does not know ED,
        // which an edited book's editors use (checked as text below). It splits organisations
        // like people's names (and at " and "), so the people are compared word by word.
        let a2: &[evidence_bot::knowledge::model::Person] =
            if r.kind == evidence_bot::knowledge::Kind::Chapter {
                &r.editors
            } else {
                &[]
            };
        let words = |parts: Vec<&str>| {
            let mut w: Vec<String> = parts
                .iter()
                .flat_map(|p| p.split(|ch: char| ch.is_whitespace() || ch == ','))
                .filter(|w| !w.is_empty() && *w != "and")
                .map(str::to_string)
                .collect();
            w.sort();
            w
        };
        let got = words(
            c.authors
                .iter()
                .flat_map(|a| {
                    [
                        Some(a.name.as_str()),
                        a.given_name.as_deref(),
                        a.middle_name.as_deref(),
                    ]
                })
                .flatten()
                .collect(),
        );
        let expected = words(
            r.authors
                .iter()
                .chain(a2)
                .flat_map(|p| {
                    [
                        p.family.as_deref(),
                        p.given.as_deref(),
                        p.organisation.as_deref(),
                    ]
                })
                .flatten()
                .collect(),
        );
        assert_eq!(got, expected, "{}", r.id);
        if let Some(j) = &r.journal {
            // biblib keeps BibTeX's escapes ("Attachment \\& Human Development").
            let read = c.journal.as_deref().map(|s| s.replace("\\&", "&"));
            assert_eq!(read.as_deref(), Some(j.as_str()), "{}", r.id);
        }
        if let Some(v) = &r.volume {
            assert_eq!(c.volume.as_deref(), Some(v.as_str()), "{}", r.id);
        }
    }
}

#[test]
fn ris_type_tags_follow_the_kind() {
    let k = kb();
    let ty = |id: &str| evidence_bot::references::ris::ris_type(rec(&k, id));
    assert_eq!(ty("fukkink-2008"), "JOUR");
    assert_eq!(ty("kennedy-landor-todd-2011-vig-book"), "BOOK");
    assert_eq!(ty("kennedy-feeley-kershaw-fdac-chapter"), "CHAP");
    assert_eq!(ty("nice-ng26-2015"), "RPRT");
    assert_eq!(ty("nspcc-whalley-williams-2015"), "RPRT");
    let text =
        evidence_bot::references::ris::record(rec(&k, "kennedy-feeley-kershaw-fdac-chapter"), &k);
    assert!(text.starts_with("TY  - CHAP\r\n"), "{text}");
    assert!(
        text.contains("A2  - Shaw, M.\r\n")
            && text.contains("T2  - Justice for Children and Families\r\n"),
        "{text}"
    );
    assert!(text.ends_with("ER  - \r\n"), "{text}");
    let book =
        evidence_bot::references::ris::record(rec(&k, "kennedy-landor-todd-2011-vig-book"), &k);
    assert!(
        book.contains("ED  - Kennedy, Hilary\r\nED  - Landor, Miriam\r\nED  - Todd, Liz\r\n"),
        "{book}"
    );
}

#[test]
fn bibtex_round_trips_through_biblib() {
    let k = kb();
    let records: Vec<&Record> = k.records.iter().collect();
    let text = evidence_bot::references::bibtex::bibtex(&records).unwrap();
    let parsed = biblib::BibParser::new()
        .parse(&text)
        .expect("BibTeX parses");
    assert_eq!(parsed.len(), records.len());
    for (r, c) in records.iter().zip(&parsed) {
        assert_core_fields(r, c);
        if let Some(j) = &r.journal {
            // biblib keeps BibTeX's escapes ("Attachment \\& Human Development").
            let read = c.journal.as_deref().map(|s| s.replace("\\&", "&"));
            assert_eq!(read.as_deref(), Some(j.as_str()), "{}", r.id);
        }
        // biblib reads the editors as the people of an edited book.
        let n_people = if r.authors.is_empty() {
            r.editors.len()
        } else {
            r.authors.len() + usize::from(!r.authors_complete)
        };
        assert_eq!(c.authors.len(), n_people, "{}: {:?}", r.id, c.authors);
    }
    let nice = evidence_bot::references::bibtex::bibtex_entry(rec(&k, "nice-ng26-2015")).unwrap();
    assert!(
        nice.contains("author = {{National Institute for Health and Care Excellence}}"),
        "{nice}"
    );
}

#[test]
fn reading_list_files_have_names_and_types() {
    let k = kb();
    let records: Vec<&Record> = k.records.iter().take(3).collect();
    for (format, ext, mime) in [
        (Format::Ris, "ris", "application/x-research-info-systems"),
        (Format::Bibtex, "bib", "application/x-bibtex"),
        (Format::Markdown, "md", "text/markdown; charset=utf-8"),
        (
            Format::Style(Style::Apa),
            "txt",
            "text/plain; charset=utf-8",
        ),
    ] {
        let f = export::reading_list("preterm babies", &records, &k, format).unwrap();
        assert_eq!(f.filename, format!("reading-list-preterm-babies.{ext}"));
        assert_eq!(f.mime, mime);
        assert!(!f.data.is_empty());
    }
}
