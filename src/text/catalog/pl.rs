//! The messages in Polish, the default language.

use super::*;
use crate::domain::dates;
use crate::text::plural::Word;

pub(super) const CATALOG: Catalog = Catalog {
    cli: CliText {
        no_such_account: |login| format!("nie ma konta {login}"),
        bad_basis: |code| format!("nieznana podstawa zatrudnienia {code:?}: employment_contract, civil_law, volunteer lub other"),
        no_such_group: |code| format!("nie ma grupy {code}"),
        statutory_group_fixed: "grup ustawowych się nie zmienia",
        unexpected_answer: |what| format!("błąd programu: nieoczekiwana odpowiedź ({what})"),
        stop_the_server_first: |data| {
            format!(
                "kis serve działa na {}: najpierw go zatrzymaj (systemctl stop kis), potem uruchom to ponownie",
                data.display()
            )
        },
        close_the_tui_first: |data, holder| {
            format!(
                "kis jest otwarty na {} ({holder}): najpierw go zamknij, potem uruchom to ponownie",
                data.display()
            )
        },
        socket_did_not_answer: |holder, secs| {
            format!("kis jest otwarty na tych danych przez {holder}, ale jego gniazdo nie odpowiedziało w ciągu {secs} s; spróbuj ponownie")
        },
        as_needs_a_server: |data| {
            format!(
                "--as działa tylko przez kis serve, a żaden nie działa na {}",
                data.display()
            )
        },
        holder: |pid, _user, _same_user| match pid {
            Some(pid) => format!("proces {pid}"),
            None => "inny proces".into(),
        },
        not_a_terminal: "to nie terminal: dodaj --yes, aby anonimizować ze skryptu",
        nobody_due: "nikt nie podlega anonimizacji",
        anonymise_for_good: |n| format!("Trwale zanonimizować {n} osób? (t/n) "),
        nothing_changed: "nic nie zmieniono",
        anonymised: |n| format!("zanonimizowano: {n}"),
        removed_older_backup: |b| format!("usunięto kopię sprzed anonimizacji: {}", b.display()),
        new_backup: |b| format!("nowa kopia: {}", b.display()),
        removed_recovery_files: |c| {
            format!(
                "usunięto pliki bazy odłożone przy odbudowie: {}",
                c.display()
            )
        },
        set_aside_may_name_anonymised: |a| {
            format!(
                "zmiany odłożone przez kis repair mogą dotyczyć osób zanonimizowanych; sprawdź i usuń: {}",
                a.display()
            )
        },
        printout_names_anonymised: |p| {
            format!(
                "wydruk dotyczy osoby zanonimizowanej, usuń go: {}",
                p.display()
            )
        },
        restored: |seq, data| format!("odtworzono do zmiany {seq} w {}", data.display()),
        imported: |records, file| format!("zaimportowano {records} rekordów z {file}"),
        check_ok: |records, seq| format!("ok: {records} rekordów, dziennik do zmiany {seq}"),
        problems_found: |n| format!("znaleziono problemów: {n}"),
        rebuilt: |seq| format!("odbudowano do zmiany {seq}"),
        demo_loaded: |records| format!("wczytano klub demonstracyjny: {records} rekordów"),
        to_before_from: "--to jest wcześniej niż --from",
        xlsx_needs_output: "xlsx wymaga --output PLIK",
        commands_shut_out: |why| {
            format!("inne polecenia kis nie dotrą do danych, dopóki ten kis jest otwarty: {why}")
        },
        setting_line: |label, key, value| format!("{label} ({key}): {value}"),
        setting_club_name: "Nazwa klubu",
        setting_parent_name: "Jednostka prowadząca",
        setting_parent_address: "Adres jednostki prowadzącej",
        setting_register_entry: "Wpis do rejestru wojewody",
        setting_min_months: "Najkrótszy kontrakt w miesiącach",
        setting_graduate_months: "Miesiące uczestnictwa absolwenta",
        setting_max_months: "Najdłuższe uczestnictwo w miesiącach",
        setting_graduate_rule: "Kto jest absolwentem",
        setting_exclude_employed: "Zatrudnienie wyklucza udział",
        setting_extra_exclusions: "Świadczenia wykluczające według zasad klubu",
        setting_retention_years: "Lata przechowywania danych po zakończeniu",
        not_set: "—",
        no_limit: "0 (bez limitu)",
        yes: "tak",
        no: "nie",
        graduate_rule: |r| match r {
            GraduateRule::SixMonths => {
                "każdy, kto uczestniczył tyle miesięcy, niezależnie od zakończenia (six_months)"
            }
            GraduateRule::FinishedOnly => "tylko ci, którzy ukończyli uczestnictwo (finished_only)",
        },
        exclusion: |e| format!("{} ({})", crate::text::errors::exclusion_pl(e), e.code()),
        unknown_setting: |key, keys| format!("nie ma ustawienia „{key}”; ustawienia to: {keys}"),
        setting_needs_number: |key, v| {
            format!("{key}: „{v}” nie jest liczbą całkowitą (0 lub więcej)")
        },
        setting_needs_yes_no: |key, v| {
            format!("{key}: „{v}” to ani tak, ani nie (tak/nie albo true/false)")
        },
        setting_needs_rule: |key, v, codes| {
            format!("{key}: „{v}” nie jest regułą absolwenta; reguły to: {codes}")
        },
        setting_unknown_exclusion: |key, v, codes| {
            format!("{key}: „{v}” nie jest kodem świadczenia; kody to: {codes}")
        },
        setting_required: |key| format!("{key} nie może być puste"),
        add_confirm: |years, n| {
            format!("aby wprowadzić tę zmianę, powtórz polecenie z --confirm {n}: kis settings set retention_years {years} --confirm {n}")
        },
        group_sensitive: "dane wrażliwe",
        group_not_sensitive: "dane zwykłe",
        group_retired: "wycofana",
        group_offered: "aktywna",
        group_statutory: "ustawowa",
        group_own: "własna klubu",
        statutory_group_name: |_| None,
        group_exists: |code| format!("grupa {code} już istnieje (kis category list)"),
        staff_name_and_terms: |name, basis, hours| {
            let mut terms: Vec<String> = Vec::new();
            if let Some(b) = basis {
                terms.push(staff_basis(b).to_string());
            }
            if let Some(h) = hours {
                terms.push(format!("{} h tygodniowo", h.to_pl_number()));
            }
            if terms.is_empty() {
                name.to_string()
            } else {
                format!("{name} — {}", terms.join(", "))
            }
        },
        hours_per_week_invalid: |v| {
            format!("--hours: „{v}” to nie liczba godzin tygodniowo (np. 40 albo 20,5)")
        },
        no_contract_numbered: |x| format!("nie ma kontraktu o numerze ani id {x}"),
        no_participant_pesel: |x| format!("nie ma uczestnika o numerze PESEL ani id {x}"),
    },
    store: StoreText {
        holder: |pid, user, same_user| match (pid, user, same_user) {
            (Some(pid), _, true) => format!("proces {pid}"),
            (_, Some(user), false) => format!("innego użytkownika ({user})"),
            (Some(pid), None, false) => format!("proces {pid} innego użytkownika"),
            _ => "inny proces".into(),
        },
        already_open: |holder| {
            format!("kis jest już otwarty na tych danych przez {holder}; użyj `kis serve`, aby je współdzielić")
        },
        cannot_create_lock_file: |path, source| {
            format!("nie można utworzyć pliku blokady {path}: {source}")
        },
        cannot_create_data_dir: |path, source| {
            format!(
                "nie można utworzyć katalogu danych {}: {source}",
                path.display()
            )
        },
        read_audit_failed: |path, source| format!("rejestr odczytów {}: {source}", path.display()),
        database_too_new: |found, supported| {
            format!("baza danych ma format {found}, nowszy niż ten kis rozumie ({supported}); zaktualizuj kis")
        },
        database_failed: |e| format!("baza danych: {e}"),
        journal_failed: |path, source| format!("dziennik {}: {source}", path.display()),
        journal_line_damaged: |path, line, reason| {
            format!(
                "dziennik {}, wiersz {line}: {reason}; `kis repair` odkłada uszkodzony wiersz na bok",
                path.display()
            )
        },
        damaged_value: |tree, key, reason| {
            format!("uszkodzona wartość w drzewie {tree}, klucz {key}: {reason}")
        },
        change_does_not_apply: |seq, reason| {
            format!("zmiany {seq} nie da się zastosować: {reason}")
        },
        writing_stopped: |seq, reason| {
            format!(
                "zapis wstrzymany: zmiana {seq} w dzienniku nie daje się zastosować ({reason}); \
                 uruchom `kis repair`, aby odłożyć ją do pliku journal.set-aside.jsonl"
            )
        },
        journal_behind: |journal, database| {
            format!(
                "dziennik kończy się na zmianie {journal}, a baza danych zastosowała już zmianę \
                 {database}: dziennika brak lub jest skrócony; odtwórz ostatnią kopię (`kis restore`)"
            )
        },
        refused_before_saving: |why| format!("zmianę odrzucono przed zapisem: {why}"),
        unfit_missing: |kind, id| format!("rekord {kind} {id} nie istnieje"),
        unfit_too_large: |kind, id, bytes, max| {
            format!("{kind} {id} zajmuje {bytes} bajtów, ponad limit {max}")
        },
        disk_full: "dysk pełny: nic nie zapisano; zwolnij miejsce na dysku i spróbuj ponownie",
        not_saved: |reason| format!("zapis na dysk nie powiódł się ({reason}): nic nie zapisano"),
        recovered: |reason, replayed, moved_to| {
            format!(
                "baza danych nie chciała się otworzyć ({reason}); odbudowano ją z dziennika (do zmiany {replayed}), a uszkodzone pliki przeniesiono do {}",
                moved_to.display()
            )
        },
        repair_set_aside: |seq, line, file, reason| {
            format!("zmiana {seq} (wiersz dziennika {line}) odłożona do {file}: {reason}\n")
        },
        repair_torn_write: |bytes| {
            format!("usunięto niedokończony ostatni zapis ({bytes} bajtów, nigdy niepotwierdzony)\n")
        },
        repair_nothing_set_aside: |seq| {
            format!("nie było czego odkładać; bazę odbudowano z dziennika (do zmiany {seq})\n")
        },
        repair_rebuilt: |seq| format!("bazę odbudowano z naprawionego dziennika (do zmiany {seq})\n"),
        backup_part_export: "eksportu",
        backup_part_journal: "dziennika",
        backup_part_audit: "rejestru odczytów",
        backup_not_kis: "to nie jest kopia kis",
        backup_too_new: |version, reads| {
            format!("kopia w wersji {version} jest nowsza, niż ten kis czyta ({reads})")
        },
        backup_part_missing: |part| format!("uszkodzona kopia: brak części {part}"),
        backup_part_short: |part| {
            format!("niepełna kopia: część {part} jest krótsza, niż podaje manifest")
        },
        backup_size_inside_character: |part| {
            format!("uszkodzona kopia: rozmiar części {part} z manifestu kończy się w środku znaku")
        },
        backup_checksum_differs: |part| {
            format!("uszkodzona kopia: suma kontrolna części {part} się nie zgadza")
        },
        backup_data_after_last_part: "uszkodzona kopia: po ostatniej części są jeszcze dane",
    },
    export: ExportText {
        settlement_title: "Rozliczenie PSU",
        settlement_person: "osoba",
        settlement_agreement: "porozum.",
        settlement_hours: "godziny",
        settlement_sick: "chor.",
        settlement_excused: "uspr.",
        settlement_unexcused: "nieus.",
        settlement_amount: "kwota",
        settlement_hours_total: "godziny razem",
        settlement_paid: "wypłacono",
        settlement_refund_requested: "wnioskowana refundacja",
        settlement_refund_received: "Refundacja otrzymana",
        activities: "Zajęcia",
        specialists: "Specjaliści",
        social_reintegration: "reintegracja społeczna",
        vocational: "zawodowa",
    },
    desk: DeskText {
        compare_years_max: |max| format!("porównanie obejmuje najwyżej {max} lat wstecz"),
        group_code_format: |code| format!("kod grupy „{code}” może zawierać tylko małe litery a–z, cyfry i _"),
        group_in_use: |code, n| format!("grupa {code} jest przypisana osobom ({n}); nie usuwa się jej — można ją wycofać"),
        last_admin: "to jedyny administrator; najpierw nadaj tę rolę komuś innemu",
        login_changed: "login konta się nie zmienia; załóż nowe konto",
        settings_order: |a, x, b, y| format!("ustawienia: {a} ({x}) nie może być większe niż {b} ({y})"),
        not_staff: |login| {
            format!("login {login} nie jest pracownikiem tego klubu; administrator dodaje go poleceniem `kis user add {login} --name \"…\" --role worker`")
        },
        forbidden: |login, role| format!("{login} (rola {role}) nie ma do tego uprawnień"),
        not_found: |kind, id| format!("nie ma rekordu {kind} o id {id}"),
        duplicate_pesel: |pesel, other| format!("PESEL {pesel} należy już do: {other}"),
        duplicate_contract_number: |number| format!("numer kontraktu {number} jest już użyty"),
        duplicate_id: |kind, id| format!("id {id} ({kind}) występuje dwa razy"),
        duplicate: |what, key| format!("{what} {key} występuje dwa razy"),
        missing: |kind, id| format!("odwołuje się do {kind} {id}, którego nie ma"),
        conflict: |by, time| {
            format!("Zmienione przez {by} o {time} — odśwież (F5) i wprowadź zmiany ponownie")
        },
        import_needs_empty_database: |records| {
            format!("import wymaga pustej bazy, a ta ma {records} rekordów; użyj innego katalogu --data")
        },
        path_failed: |path, e| format!("{}: {e}", path.display()),
        rebuilt_database_problems: |problems| problems.join("; "),
        replayed_journal_does_not_check: |problems| {
            format!("odtworzony dziennik nie przechodzi kontroli: {problems}")
        },
        no_export: "brak eksportu",
        keep_zero: "--keep 0 usunęłoby wszystkie kopie, także tę nową: podaj co najmniej 1",
        restore_needs_empty_directory: |data| {
            format!(
                "{} zawiera już dane; odtwarzaj do pustego katalogu",
                data.display()
            )
        },
        backup_journal_not_its_export: "uszkodzona kopia: jej dziennik nie daje jej eksportu",
        restored_data_differ: "odtworzone dane różnią się od kopii",
        only_active_participation_ends: |status| {
            format!("zakończyć można tylko aktywny udział (status: {status})")
        },
        end_before_admission: |on, admitted| {
            format!(
                "data zakończenia {} jest przed przyjęciem {}",
                dates::pl(on),
                dates::pl(admitted)
            )
        },
        certificate_after_ending: "zaświadczenie wydaje się po zakończeniu udziału",
        certificate_before_end: |on, ended| {
            format!(
                "data zaświadczenia {} jest przed zakończeniem {}",
                dates::pl(on),
                dates::pl(ended)
            )
        },
        correction_needs_reason: "podaj powód poprawki (zostanie zapisany w dzienniku)",
        participation_not_ended: |status| {
            format!("udział nie jest zakończony (status: {status}); nie ma czego poprawiać")
        },
        application_not_rejected: |status| format!("wniosek nie jest odrzucony (status: {status})"),
        rebuild_in_progress: "przebudowa w toku, spróbuj za chwilę",
        import_in_progress: "import w toku, spróbuj za chwilę",
        anonymisation_in_progress: "anonimizacja w toku, spróbuj za chwilę",
        not_json: |m| format!("to nie jest poprawny JSON: {m}"),
        no_type_field: "brak pola \"type\"",
        unknown_type: |t| format!("nieznany typ {t:?}"),
        format_too_new: |format, known| {
            format!("format {format} jest nowszy niż ten, który zna ta wersja kis ({known}); zaktualizuj kis")
        },
        second_header: "drugi nagłówek \"kis\"",
        header_first: "pierwszy wiersz musi być nagłówkiem {\"type\":\"kis\",\"format\":1}",
        file_empty: "plik jest pusty",
        group_is_statutory: |code| format!("grupa {code} jest ustawowa"),
        job_ends_before_start: "zatrudnienie kończy się przed rozpoczęciem",
        route_ends_before_start: "ścieżka aktywizacji kończy się przed rozpoczęciem",
        assignment_ends_before_start: "skierowanie kończy się przed rozpoczęciem",
        empty_id: "puste id",
        rejection_reversal_needs_reason: "po tej zmianie nic nie wyklucza udziału: to cofnięcie odrzucenia, które wymaga podania powodu („Cofnij odrzucenie”)",
        person_data_title: |first, last, id| format!("DANE OSOBOWE — {first} {last} ({id})"),
        person_data_subtitle: "(art. 15 RODO: informacja o przetwarzanych danych)",
        person_data_contracts: |n| format!("Kontrakty socjalne: {n}"),
        person_data_jobs: |n| format!("Zatrudnienie: {n}"),
        person_data_routes: |n| format!("Ścieżki aktywizacji: {n}"),
        person_data_psu: |assignments, days| {
            format!("Prace społecznie użyteczne: {assignments} skierowań, {days} dni w ewidencji")
        },
        person_data_activities: |n| format!("Zajęcia: {n}"),
        person_data_notes: |n| format!("Notatki: {n}"),
        person_data_note_restricted: "(zastrzeżona)",
        person_data_reads: "Kto otwierał kartę lub widział dane osoby (wyszukiwanie, wydruki):",
        hours_after_resignation: |first| {
            format!(
                "po dacie rezygnacji są już wpisane godziny ({}); usuń je najpierw",
                dates::pl(first)
            )
        },
        note_empty: "notatka jest pusta",
        no_record: "brak rekordu",
        saved_through_own_form: "ten rekord zapisuje się własnym formularzem",
        referral_has_hours: |first| {
            format!(
                "skierowanie ma wpisane godziny (od {}); można je tylko zakończyć rezygnacją",
                dates::pl(first)
            )
        },
        not_deleted: |kind| format!("rekordu typu {kind} nie usuwa się"),
        no_refund: |agreement, month| {
            format!(
                "brak refundacji porozumienia {agreement} za {}",
                month.format("%m.%Y")
            )
        },
        retention_admin_only: |_years, newly| {
            format!(
                "{}; tę zmianę może zrobić tylko administrator",
                retention_newly_due(newly)
            )
        },
        retention_confirm: |_years, newly| {
            format!(
                "{}; potwierdź, podając liczbę {newly}",
                retention_newly_due(newly)
            )
        },
        login_one_word: "login musi być jednym słowem",
        session_too_short: "zajęcia muszą trwać co najmniej pół godziny",
    },
    remote: RemoteText {
        already_serving: |data, sock| {
            format!(
                "kis serve już działa na {} (odpowiada jego gniazdo {})",
                data.display(),
                sock.display()
            )
        },
        cannot_connect: |path, e| {
            format!(
                "nie można połączyć się z serwerem kis ({}): {e}; czy należysz do grupy kis?",
                path.display()
            )
        },
        connection_broke: "połączenie z serwerem kis zostało przerwane; nie wiadomo, czy zapisano — odśwież (F5) i sprawdź",
        server_not_answering: "serwer kis nie odpowiada; ponawiam połączenie — nic nie zapisano",
        no_greeting: |e| format!("serwer kis nie przywitał się ({e})"),
        request_too_big: |mib, max| {
            format!("żądanie ma {mib} MiB, a serwer przyjmuje najwyżej {max} MiB; tak dużą operację wykonaj przy zatrzymanym kis serve")
        },
        unreadable_answer: |e| format!("serwer kis odpowiedział niezrozumiale: {e}"),
        not_a_kis_socket: "to gniazdo nie należy do serwera kis",
        too_many_from_account: |mine, per_uid| {
            format!("za dużo połączeń z tego konta ({mine}, najwyżej {per_uid}): zamknij nieużywane okna kis i spróbuj ponownie")
        },
        too_many_connections: |now, total| {
            format!("za dużo połączeń z serwerem kis ({now}, najwyżej {total}): spróbuj za chwilę")
        },
        personal_server: |me| {
            format!("kis otwarty przez {me} udostępnia dane tylko jemu; poproś o uruchomienie kis serve")
        },
        no_thread: |e| {
            format!("serwer kis nie może teraz przyjąć połączenia (nie uruchomił wątku: {e}); spróbuj za chwilę")
        },
        server_stopping: "serwer kis się zatrzymuje; nic nie zapisano",
        server_is_newer: |v, ours| {
            format!("ten kis mówi protokołem {v}, a serwer {ours}: zaktualizuj kis na tym komputerze (serwer jest nowszy)")
        },
        server_is_older: |v, ours| {
            format!("ten kis mówi protokołem {v}, a serwer {ours}: serwer jest starszy; administrator uruchamia go ponownie po aktualizacji (systemctl restart kis)")
        },
        may_not_act_as: |login, other| {
            format!("{login} nie może działać jako {other}: tylko konto serwera kis")
        },
    },
    domain: DomainText {
        refund_outside_agreement: |month, from, to| {
            format!(
                "refundacja za {} wykracza poza okres porozumienia ({}–{})",
                month.format("%m.%Y"),
                dates::pl(from),
                dates::pl(to)
            )
        },
        warning: |w| {
            use crate::domain::warnings::Warning as W;
            match w {
                W::ShortContract {
                    number,
                    ends,
                    min_months,
                } => format!(
                    "uwaga: kontrakt {number} kończy się {} — krócej niż {min_months} mies. (minimum klubu)",
                    dates::pl(*ends)
                ),
                W::PastMaximum {
                    number,
                    ends,
                    max_on,
                } => format!(
                    "uwaga: po aneksie kontrakt {number} trwa do {}, dłużej niż maksymalny okres udziału (do {})",
                    dates::pl(*ends),
                    dates::pl(*max_on)
                ),
                W::GoalAfterEnd {
                    number,
                    goal,
                    due,
                    ends,
                } => format!(
                    "uwaga: cel „{goal}” ma termin {}, po końcu kontraktu {number} ({})",
                    dates::pl(*due),
                    dates::pl(*ends)
                ),
                W::OverlappingReferral { other, from, to } => format!(
                    "uwaga: ta osoba ma w tym czasie inne skierowanie do PSU ({other}, {}–{})",
                    dates::pl(*from),
                    dates::pl(*to)
                ),
                W::DayBeforeGraduate { graduate_on } => format!(
                    "uwaga: {} osoba zostałaby absolwentem — zakończono dzień wcześniej",
                    dates::pl(*graduate_on)
                ),
            }
        },
    },
    due: DueText {
        contract_ending: "kończy się kontrakt",
        contract_overdue: "kontrakt po terminie — zamknij lub aneksuj",
        action_overdue: "zaległe działanie",
        goal_overdue: "zaległy cel",
        graduate_reached: "absolwent (6 mies.)",
        over_max: "ponad maksymalny okres",
        certificate_missing: "brak zaświadczenia",
    },
};

/// Before the refusals of a retention that makes more people due.
const OSOBA_ZACZNIE: Word = Word("osoba zacznie", "osoby zaczną", "osób zacznie");

fn retention_newly_due(newly: usize) -> String {
    format!(
        "po tej zmianie okresu przechowywania {} podlegać anonimizacji",
        OSOBA_ZACZNIE.with(newly as u64)
    )
}

fn staff_basis(b: StaffBasis) -> &'static str {
    match b {
        StaffBasis::EmploymentContract => "umowa o pracę",
        StaffBasis::CivilLaw => "umowa cywilnoprawna",
        StaffBasis::Volunteer => "wolontariat",
        StaffBasis::Other => "inna podstawa",
    }
}
