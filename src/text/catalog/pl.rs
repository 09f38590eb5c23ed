//! The messages in Polish, the default language.

use super::*;
use crate::domain::dates;
use crate::text::clean::clean_line;
use crate::text::plural::{self, verb, Word, KOBIETA, MEZCZYZNA, OSOBA, OSOBA_ACC, OSOBA_INS};

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
        restored: |seq, data| {
            format!(
                "odtworzono dane w {} ({})",
                data.display(),
                changes_up_to(seq)
            )
        },
        imported: |records, file| {
            format!(
                "zaimportowano {} z {file}",
                REKORD.with(records as u64)
            )
        },
        check_ok: |records, seq| {
            format!(
                "w porządku: {}, {}",
                REKORD.with(records as u64),
                journal_up_to(seq)
            )
        },
        problems_found: |n| format!("znaleziono problemów: {n}"),
        rebuilt: |seq| format!("odbudowano bazę z dziennika ({})", changes_up_to(seq)),
        demo_loaded: |records| {
            format!(
                "wczytano klub demonstracyjny: {}",
                REKORD.with(records as u64)
            )
        },
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
        lookup_none: |q| format!("nie znaleziono: {q}"),
        lookup_more: |shown, found| {
            format!(
                "pokazano {shown} z {found} znalezionych (jeszcze {}): zawęź wyszukiwanie albo podaj --limit 0, aby zobaczyć wszystkie",
                found.saturating_sub(shown)
            )
        },
        audit_record: |kind, id| match id {
            "" => kind.to_string(),
            "*" => format!("{kind} (wszystkie rekordy)"),
            id => format!("{kind} {id}"),
        },
        audit_reason: |record, why| format!("{record} — powód poprawki: {why}"),
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
            format!(
                "nie można utworzyć pliku blokady {path}: {}",
                crate::text::errors::os_pl(&source.to_string())
            )
        },
        cannot_create_data_dir: |path, source| {
            format!(
                "nie można utworzyć katalogu danych {}: {}",
                path.display(),
                crate::text::errors::os_pl(&source.to_string())
            )
        },
        read_audit_failed: |path, source| {
            format!(
                "rejestr odczytów {}: {}",
                path.display(),
                crate::text::errors::os_pl(&source.to_string())
            )
        },
        database_too_new: |found, supported| {
            format!("baza danych ma format {found}, nowszy niż ten kis rozumie ({supported}); zaktualizuj kis")
        },
        database_failed: |e| format!("baza danych: {}", crate::text::errors::os_pl(&e.to_string())),
        journal_failed: |path, source| {
            format!(
                "dziennik {}: {}",
                path.display(),
                crate::text::errors::os_pl(&source.to_string())
            )
        },
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
        unfit_missing: |kind, id| format!("nie istnieje rekord: {} {id}", record(kind)),
        unfit_too_large: |kind, id, bytes, max| {
            format!(
                "{} {id} zajmuje {bytes} bajtów, ponad limit {max}",
                record(kind)
            )
        },
        disk_full: "dysk pełny: nic nie zapisano; zwolnij miejsce na dysku i spróbuj ponownie",
        not_saved: |reason| format!("zapis na dysk nie powiódł się ({reason}): nic nie zapisano"),
        recovered: |reason, replayed, moved_to| {
            format!(
                "baza danych nie chciała się otworzyć ({reason}); odbudowano ją z dziennika ({}), a uszkodzone pliki przeniesiono do {}",
                changes_up_to(replayed),
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
            format!(
                "nie było czego odkładać; bazę odbudowano z dziennika ({})\n",
                changes_up_to(seq)
            )
        },
        repair_rebuilt: |seq| {
            format!(
                "bazę odbudowano z naprawionego dziennika ({})\n",
                changes_up_to(seq)
            )
        },
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
        check_applied_differs: |journal, applied| {
            format!("dziennik kończy się na zmianie {journal}, a baza zastosowała zmiany do nr {applied}")
        },
        // "Co: rekord id", so that no word has to agree with the record's name.
        check_missing_in_database: |kind, id| {
            format!("jest w dzienniku, brak w bazie: {} {id}", record(kind))
        },
        check_differs_from_journal: |kind, id| {
            format!("w bazie inaczej niż w dzienniku: {} {id}", record(kind))
        },
        check_not_in_journal: |kind, id| {
            format!("jest w bazie, brak w dzienniku: {} {id}", record(kind))
        },
        check_id_map_wrong: |kind, id| {
            format!("mapa identyfikatorów nie wskazuje rekordu: {} {id}", record(kind))
        },
        check_id_map_orphan: |kind, id| {
            format!("mapa identyfikatorów wskazuje rekord, którego brak w bazie: {} {id}", record(kind))
        },
        check_settings_differ: "ustawienia w bazie różnią się od dziennika",
        check_names_missing: |kind, id, missing_kind, missing_id| {
            format!(
                "wskazuje nieistniejący rekord ({} {missing_id}): {} {id}",
                record(missing_kind),
                record(kind)
            )
        },
        check_row_differs: |what, a, b| format!("w bazie inaczej niż w dzienniku: {} {a} {b}", record(what)),
        check_row_wrong_key: |what, a, b| format!("zapis pod złym kluczem: {} {a} {b}", record(what)),
        check_row_names_missing: |what, a, b| {
            format!("wskazuje nieistniejący rekord: {} {a} {b}", record(what))
        },
        check_hours_out_of_order: |key| {
            format!("godziny PSU pod kluczem {key} są puste albo nie po kolei")
        },
        check_count_differs: |what, stored, journal| {
            format!("{}: w bazie {stored}, w dzienniku {journal}", record(what))
        },
        check_index_lacks: |ix, key| format!("w indeksie {ix} brak klucza {key}"),
        check_index_stale: |ix, key| format!("w indeksie {ix} jest zbędny klucz {key}"),
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
        settlement_columns: [
            "Osoba",
            "porozumienie",
            "godziny",
            "nieobecności chorobowe",
            "nieobecności usprawiedliwione",
            "nieobecności nieusprawiedliwione",
            "kwota (zł)",
        ],
        settlement_summary: "Podsumowanie",
        settlement_month: "Miesiąc",
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
        forbidden: |login, role| {
            format!(
                "{login} (rola: {}) nie ma do tego uprawnień",
                role_name(role)
            )
        },
        not_found: |kind, id| format!("nie ma rekordu: {} o id {id}", record(kind)),
        duplicate_pesel: |pesel, other| format!("PESEL {pesel} należy już do: {other}"),
        duplicate_contract_number: |number| format!("numer kontraktu {number} jest już użyty"),
        duplicate_id: |kind, id| format!("id {id} ({}) występuje dwa razy", record(kind)),
        duplicate: |what, key| {
            let entry = format!("{} {key}", record(what));
            format!("wpis występuje dwa razy: {}", entry.trim_end())
        },
        missing: |kind, id| {
            format!(
                "odwołuje się do rekordu, którego nie ma: {} {id}",
                record(kind)
            )
        },
        conflict: |by, time| {
            format!("Zmienione przez {by} o {time} — odśwież (F5) i wprowadź zmiany ponownie")
        },
        import_needs_empty_database: |records| {
            format!(
                "import wymaga pustej bazy, a ta ma {}; użyj innego katalogu --data",
                REKORD.with(records as u64)
            )
        },
        path_failed: |path, e| {
            format!(
                "{}: {}",
                path.display(),
                crate::text::errors::os_pl(&e.to_string())
            )
        },
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
            format!(
                "zakończyć można tylko trwający udział (status: {})",
                status_name(status)
            )
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
            format!(
                "udział nie jest zakończony (status: {}); nie ma czego poprawiać",
                status_name(status)
            )
        },
        application_not_rejected: |status| {
            format!(
                "wniosek nie jest odrzucony (status: {})",
                status_name(status)
            )
        },
        rebuild_in_progress: "przebudowa w toku, spróbuj za chwilę",
        import_in_progress: "import w toku, spróbuj za chwilę",
        anonymisation_in_progress: "anonimizacja w toku, spróbuj za chwilę",
        not_json: |m| {
            format!(
                "to nie jest poprawny JSON: {}",
                crate::text::errors::json_reason_pl(m)
            )
        },
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
        not_deleted: |kind| format!("rekordów tego rodzaju ({}) się nie usuwa", record(kind)),
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
    report: ReportText {
        group: |code| {
            Some(match code {
                "homeless" => "bezdomni",
                "alcohol" => "uzależnieni od alkoholu",
                "drugs" => "uzależnieni od narkotyków",
                "mental" => "chorzy psychicznie",
                "long_term_unemployed" => "długotrwale bezrobotni",
                "prison" => "zwalniani z zakładów karnych",
                "refugee" => "uchodźcy",
                "disabled" => "niepełnosprawni",
                _ => return None,
            })
        },
        outcome: |o| match o {
            Outcome::Employed => "zatrudnienie",
            Outcome::SelfEmployed => "działalność gospodarcza",
            Outcome::Independent => "usamodzielnienie",
            Outcome::Cis => "skierowanie do CIS",
            Outcome::Other => "inne",
        },
        reason: |r| match r {
            InterruptReason::ContractBreach => "niewywiązywanie się z kontraktu socjalnego",
            InterruptReason::Health => "stan zdrowia",
            InterruptReason::Addiction => "uzależnienie",
            InterruptReason::Moved => "zmiana miejsca zamieszkania",
            InterruptReason::Childcare => "opieka nad dzieckiem",
            InterruptReason::TookJob => "podjęcie pracy",
            InterruptReason::Other => "inny powód",
        },
        activity_kind: |k| match k {
            ActivityKind::Workshop => "warsztaty",
            ActivityKind::Training => "trening umiejętności",
            ActivityKind::SelfHelpGroup => "grupa samopomocowa",
            ActivityKind::Course => "kurs",
            ActivityKind::Consultation => "konsultacje indywidualne",
            ActivityKind::JobFair => "targi pracy",
            ActivityKind::CommunityEvent => "wydarzenie integracyjne",
        },
        area: |a| match a {
            Area::Social => "reintegracja społeczna",
            Area::Vocational => "reintegracja zawodowa",
        },
        specialist_role: |role| {
            Some(match role {
                "psychologist" => "psycholog",
                "career_advisor" => "doradca zawodowy",
                "lawyer" => "prawnik",
                "therapist" => "terapeuta uzależnień",
                "trainer" => "trener",
                _ => return None,
            })
        },
        route_kind: |k| match k {
            RouteKind::Internship => "staż",
            RouteKind::PublicWorks => "roboty publiczne",
            RouteKind::InterventionWorks => "prace interwencyjne",
            RouteKind::SupportedEmployment => "zatrudnienie wspierane",
            RouteKind::Cis => "CIS",
            RouteKind::Zaz => "ZAZ",
            RouteKind::Pai => "PAI",
            RouteKind::Project => "projekt",
            RouteKind::Training => "szkolenie PUP",
            RouteKind::Other => "inna",
        },
        staff_basis: |b| match b {
            StaffBasis::EmploymentContract => "umowa o pracę",
            StaffBasis::CivilLaw => "umowa cywilnoprawna",
            StaffBasis::Volunteer => "wolontariat",
            StaffBasis::Other => "inna podstawa",
        },
        period: |from, to| match period_kind(from, to) {
            PeriodKind::Year(y) => y.to_string(),
            PeriodKind::FirstHalf(y) => format!("I półrocze {y}"),
            PeriodKind::SecondHalf(y) => format!("II półrocze {y}"),
            PeriodKind::Range => format!("{} – {}", dates::pl(from), dates::pl(to)),
        },
        title: |from, to| {
            format!(
                "Sprawozdanie z działalności KIS za okres {} – {}",
                dates::pl(from),
                dates::pl(to)
            )
        },
        headline: |r| {
            let n = |x: u32| x as u64;
            let active = n(r.participants.active.total);
            let (g, e, i) = (
                n(r.graduates.count),
                n(r.employed.count),
                n(r.independent.count),
            );
            let mut s = format!(
                "{} KIS {} {}; absolwentami {} {} ({}%), zatrudnienie {} {} ({}%), {} się {} ({}%)",
                period_phrase(r.period.from, r.period.to),
                verb(active, "odwiedzi"),
                OSOBA.with(active),
                verb(g, "zosta"),
                OSOBA.with(g),
                r.graduates.percent,
                verb(e, "podję"),
                OSOBA.with(e),
                r.employed.percent,
                verb(i, "usamodzielni"),
                OSOBA.with(i),
                r.independent.percent
            );
            let p = n(r.psu.persons);
            if p > 0 {
                s += &format!(
                    "; PSU {} {} na {} {}, przeznaczono {}",
                    verb(p, "realizowa"),
                    OSOBA.with(p),
                    r.psu.positions,
                    plural::STANOWISKO_LOC.pick(n(r.psu.positions)),
                    r.psu.paid.to_pl()
                );
                if r.psu.refund_received.grosze() > 0 {
                    s += &format!(
                        ", refundacja z Funduszu Pracy {}",
                        r.psu.refund_received.to_pl()
                    );
                }
            }
            if let Some(c) = r.ended.interrupted.get("contract_breach") {
                s += &format!(
                    "; z {} {} program przerwano z powodu niewywiązywania się z kontraktu socjalnego",
                    c.total,
                    OSOBA_INS.pick(n(c.total))
                );
            }
            s + "."
        },
        participants: |admitted, active| {
            format!(
                "Skierowano {}. Uczestnikami w okresie {} {}.",
                persons_as(OSOBA_ACC, admitted),
                verb(active.total as u64, "by"),
                persons(active)
            )
        },
        continuing: |on, c| {
            format!(
                "Na dzień {} udział {} {}.",
                dates::pl(on),
                verb(c.total as u64, "kontynuowa"),
                persons(c)
            )
        },
        contracts: |n| format!("Zawarto {}.", plural::KONTRAKT_SOCJALNY.with(n as u64)),
        groups_admitted: "Przyjęci według grup (jedna osoba może należeć do kilku):",
        groups_active: "Uczestnicy w okresie według grup (jedna osoba może należeć do kilku):",
        line: |name, c| format!("  {} – {}", clean_line(name), persons_or_zero(c)),
        ended: |c| {
            format!(
                "Udział {} {}.",
                verb(c.total as u64, "zakończy"),
                persons(c)
            )
        },
        interrupted: "Przerwano udział:",
        graduates: |g| {
            format!(
                "Absolwentami {} {} ({}%), {}.",
                verb(g.count as u64, "zosta"),
                OSOBA.with(g.count as u64),
                g.percent,
                sexes(g.women, g.men)
            )
        },
        employed: |e, i, working| {
            let works = match (i.count, working) {
                (1, 0) => "która nie pracuje".to_string(),
                (1, _) => "która pracuje".to_string(),
                (_, 0) => "z których żadna nie pracuje".to_string(),
                (_, w) => format!("z których {w} {}", plural::PRACUJE.pick(w as u64)),
            };
            let mut s = format!(
                "Zatrudnienie {} {} ({}%), {}; {} się {} ({}%; {} i {})",
                verb(e.count as u64, "podję"),
                OSOBA.with(e.count as u64),
                e.percent,
                sexes(e.women, e.men),
                verb(i.count as u64, "usamodzielni"),
                OSOBA.with(i.count as u64),
                i.percent,
                KOBIETA.with(i.women as u64),
                MEZCZYZNA.with(i.men as u64)
            );
            if i.count > 0 {
                s += ", ";
                s += &works;
            }
            s + "."
        },
        routes: "Skierowania na ścieżki aktywizacji rozpoczęte w okresie:",
        no_routes: "W okresie nie rozpoczęto żadnej ścieżki aktywizacji (staż, roboty publiczne, CIS, PAI, projekt…).",
        activities: "Zajęcia:",
        activity: |a, kind, area| {
            format!(
                "  {} ({kind}, {area}) – {}, {}, {}; koszt {}",
                clean_line(&a.name),
                plural::SPOTKANIE.with(a.sessions as u64),
                plural::hours(a.hours),
                persons(&a.persons),
                a.cost.to_pl()
            )
        },
        specialists: "Specjaliści:",
        specialist: |sp, role| {
            format!(
                "  {} ({}) – {}, {}; koszt {}",
                clean_line(&sp.name),
                clean_line(role),
                plural::hours(sp.hours),
                persons(&sp.persons),
                sp.cost.to_pl()
            )
        },
        services: |social, vocational| {
            format!(
                "Usługi reintegracji społecznej: {}; zawodowej: {}.",
                persons(social),
                persons(vocational)
            )
        },
        served: |s| {
            let people = Count {
                total: s.total,
                women: s.women,
                men: s.men,
            };
            let mut out = format!(
                "W wydarzeniach i zajęciach {} udział {}",
                verb(s.total as u64, "wzię"),
                persons(&people)
            );
            if s.guests > 0 {
                out += &format!(
                    ", oraz {} (dzieci, rodziny)",
                    plural::GOSC.with(s.guests as u64)
                );
            }
            out + "."
        },
        psu: |p| {
            format!(
                "PSU {} {} ({} i {}) na {} {}: {} pracy, wypłacono {}.",
                verb(p.persons as u64, "realizowa"),
                OSOBA.with(p.persons as u64),
                KOBIETA.with(p.women as u64),
                MEZCZYZNA.with(p.men as u64),
                p.positions,
                plural::STANOWISKO_LOC.pick(p.positions as u64),
                plural::hours(p.hours),
                p.paid.to_pl()
            )
        },
        no_psu: "W okresie nikt nie wykonywał prac społecznie użytecznych.",
        psu_referred: |referred, resigned| {
            let resigned = match resigned {
                0 => "nikt nie zrezygnował".to_string(),
                n => format!(
                    "{} {}",
                    verb(n as u64, "zrezygnowa"),
                    OSOBA.with(n as u64)
                ),
            };
            format!(
                "Do PSU skierowano w okresie {}; {resigned}.",
                OSOBA_ACC.with(referred as u64)
            )
        },
        refund: |requested, received| {
            format!(
                "Refundacja z Funduszu Pracy: wnioskowano {}, wpłynęło {}.",
                requested.to_pl(),
                received.to_pl()
            )
        },
        worksites: "Miejsca wykonywania PSU:",
        worksite: |w| {
            format!(
                "  {} – {}, {}, {}",
                clean_line(&w.name),
                OSOBA.with(w.persons as u64),
                plural::hours(w.hours),
                w.paid.to_pl()
            )
        },
        staff: "Kadra:",
        no_staff: "Kadra: brak wpisów o pracownikach.",
        staff_member: |s, role, basis| {
            let mut out = format!("  {} – {role}", clean_line(&s.name));
            if let Some(b) = basis {
                out += ", ";
                out += b;
            }
            if let Some(h) = s.hours_per_week {
                out += &format!(", {} tygodniowo", plural::hours(h));
            }
            out
        },
        compare: "Ten sam okres w latach poprzednich:",
        sheet_period: "Okres",
        period_columns: ["od", "do"],
        sheet_participants: "Uczestnicy",
        count_columns: ["razem", "kobiety", "mężczyźni"],
        row_admitted: "przyjęci",
        row_active: "uczestnicy w okresie",
        row_continuing: "kontynuujący udział na koniec okresu",
        sheet_groups: "Grupy",
        groups_columns: [
            "przyjęci razem",
            "przyjęci kobiety",
            "przyjęci mężczyźni",
            "uczestnicy razem",
            "uczestnicy kobiety",
            "uczestnicy mężczyźni",
        ],
        sheet_endings: "Zakończenia",
        row_ended: "zakończyli udział razem",
        row_outcome: |name| format!("ukończyli: {name}"),
        row_interrupted: |name| format!("przerwali: {name}"),
        sheet_results: "Wskaźniki",
        results_columns: ["liczba", "%", "kobiety", "mężczyźni"],
        row_contracts: "kontrakty socjalne zawarte",
        row_graduates: "absolwenci",
        row_employed: "podjęli zatrudnienie",
        row_independent: "usamodzielnieni",
        row_independent_working: "usamodzielnieni pracujący",
        sheet_routes: "Ścieżki aktywizacji",
        sheet_activities: "Zajęcia",
        activities_columns: [
            "rodzaj",
            "obszar",
            "spotkania",
            "godziny",
            "osoby",
            "kobiety",
            "mężczyźni",
            "koszt (zł)",
        ],
        sheet_specialists: "Specjaliści",
        specialists_columns: [
            "rola",
            "godziny",
            "osoby",
            "kobiety",
            "mężczyźni",
            "koszt (zł)",
        ],
        sheet_services: "Usługi",
        row_social: "reintegracja społeczna",
        row_vocational: "reintegracja zawodowa",
        sheet_served: "Obecni",
        row_served: "osoby obecne na zajęciach i wydarzeniach",
        row_guests: "goście (dzieci, rodziny)",
        sheet_psu: "PSU",
        psu_value: "liczba / kwota",
        row_psu_persons: "osoby wykonujące PSU",
        row_psu_women: "w tym kobiety",
        row_psu_men: "w tym mężczyźni",
        row_psu_positions: "stanowiska",
        row_psu_hours: "godziny",
        row_psu_paid: "wypłacono (zł)",
        row_psu_refund: "refundacja wnioskowana (zł)",
        row_psu_refund_received: "refundacja otrzymana (zł)",
        row_psu_referred: "skierowani w okresie",
        row_psu_resigned: "rezygnacje w okresie",
        sheet_worksites: "Miejsca PSU",
        worksites_columns: ["osoby", "godziny", "wypłacono (zł)"],
        sheet_staff: "Kadra",
        staff_columns: ["rola", "podstawa zatrudnienia", "godziny tygodniowo"],
        sheet_compare: "Porównanie",
        compare_columns: [
            "od",
            "do",
            "uczestnicy",
            "przyjęci",
            "absolwenci",
            "zatrudnieni",
            "usamodzielnieni",
            "PSU: osoby",
            "PSU: wypłacono (zł)",
        ],
    },
    person_export: PersonExportText {
        title: "Informacja o przetwarzanych danych osobowych — art. 15 RODO",
        made_on: |on| format!("Data sporządzenia: {}", dates::pl(on)),
        about: |name| format!("Dotyczy: {name}"),
        none: "brak",
        personal: "Dane osobowe",
        first_name: "Imię",
        last_name: "Nazwisko",
        pesel: "PESEL",
        birth_date: "Data urodzenia",
        sex: "Płeć",
        address: "Adres",
        phone: "Telefon",
        email: "E-mail",
        groups: "Grupy",
        benefits: "Świadczenia",
        referral: "Skierowanie",
        pup_registered: "Rejestracja w PUP",
        applied_on: "Data wniosku",
        interview_on: "Wywiad środowiskowy",
        consent_on: "Klauzula RODO",
        status: "Status",
        admitted_on: "Przyjęcie",
        ended_on: "Zakończenie",
        outcome: "Efekt",
        reason: "Przyczyna",
        certificate_on: "Zaświadczenie",
        remarks: "Uwagi",
        sex_name: |s| {
            use crate::domain::person::Sex;
            match s {
                Sex::K => "kobieta",
                Sex::M => "mężczyzna",
            }
        },
        status_name: |s| match s {
            Status::Applicant => "wniosek złożony, przed przyjęciem",
            Status::Active => "uczestnictwo w toku",
            Status::Finished => "uczestnictwo zakończone",
            Status::Interrupted => "uczestnictwo przerwane",
            Status::Rejected => "wniosek odrzucony",
        },
        referred_by: |r| {
            use crate::domain::person::ReferredBy as R;
            match r {
                R::SocialWorker => "pracownik socjalny",
                R::SelfReferred => "z własnej inicjatywy",
                R::Pup => "powiatowy urząd pracy",
                R::Other => "inny podmiot",
            }
        },
        exclusion: crate::text::errors::exclusion_pl,
        other_reason: "inny powód",
        contracts: "Kontrakty socjalne",
        contract: |number, state| format!("Kontrakt nr {number} — {state}"),
        signed_on: "Podpisany",
        period: "Okres",
        worker: "Pracownik prowadzący",
        situation: "Sytuacja",
        goals: "Cele",
        actions: "Działania",
        reviews: "Przeglądy",
        annexes: "Aneksy",
        contract_state: |s| {
            use crate::domain::contract::ContractState as C;
            match s {
                C::Draft => "projekt",
                C::Active => "w realizacji",
                C::Completed => "zrealizowany",
                C::Broken => "zerwany",
                C::Ended => "zakończony",
            }
        },
        goal_state: |s| {
            use crate::domain::contract::GoalState as G;
            match s {
                G::Open => "w trakcie",
                G::Met => "osiągnięty",
                G::NotMet => "nieosiągnięty",
            }
        },
        action_by: |b| {
            use crate::domain::contract::ActionBy as B;
            match b {
                B::Participant => "uczestnik",
                B::Centre => "klub",
            }
        },
        goal: |text, due, state| match due {
            Some(d) => format!("{text} (termin: {}) — {state}", dates::pl(d)),
            None => format!("{text} — {state}"),
        },
        action: |by, text, due, done| {
            let when: Vec<String> = [
                due.map(|d| format!("termin: {}", dates::pl(d))),
                done.map(|d| format!("wykonano: {}", dates::pl(d))),
            ]
            .into_iter()
            .flatten()
            .collect();
            if when.is_empty() {
                format!("{by}: {text}")
            } else {
                format!("{by}: {text} ({})", when.join("; "))
            }
        },
        annex: |text, new_end| match new_end {
            Some(d) => format!("{text} (nowa data zakończenia: {})", dates::pl(d)),
            None => text.to_string(),
        },
        from_to: |from, to| match (from, to) {
            (Some(f), Some(t)) => format!("{} – {}", dates::pl(f), dates::pl(t)),
            (Some(f), None) => format!("od {}", dates::pl(f)),
            (None, Some(t)) => format!("do {}", dates::pl(t)),
            (None, None) => "—".to_string(),
        },
        psu: "Prace społecznie użyteczne",
        psu_referral: |number, worksite, position, period| match number {
            Some(n) => format!("Skierowanie nr {n}: {worksite}, stanowisko: {position}, {period}"),
            None => format!("Skierowanie: {worksite}, stanowisko: {position}, {period}"),
        },
        psu_resigned: |on, reason| match reason {
            Some(r) => format!("Rezygnacja: {} ({r})", dates::pl(on)),
            None => format!("Rezygnacja: {}", dates::pl(on)),
        },
        psu_month: |month, worked, absences| {
            let mut s = format!("{}: {} pracy", month.format("%m.%Y"), plural::hours(worked));
            for (a, days) in absences {
                s += &format!("; {}: {}", person_export_absence(*a), DZIEN.with(*days as u64));
            }
            s
        },
        absence: person_export_absence,
        attendance: "Udział w zajęciach",
        attendance_state: |s| {
            use crate::domain::workshop::AttendanceState as A;
            match s {
                A::Present => "obecność",
                A::Excused => "nieobecność usprawiedliwiona",
                A::Absent => "nieobecność",
            }
        },
        activation: "Zatrudnienie i ścieżki aktywizacji",
        job: |period, employer, basis| format!("Zatrudnienie: {period}, {employer} ({basis})"),
        job_basis: |b| {
            use crate::domain::activation::JobBasis as B;
            match b {
                B::EmploymentContract => "umowa o pracę",
                B::CivilLaw => "umowa cywilnoprawna",
                B::SelfEmployment => "własna działalność gospodarcza",
                B::Cooperative => "spółdzielnia socjalna",
            }
        },
        route: |period, kind, name| format!("Ścieżka aktywizacji: {period}, {kind}: {name}"),
        notes: "Notatki",
        note_restricted: "(notatka zastrzeżona)",
        reads: "Kto wyświetlał dane",
        read_action: |action, kind| match (action, kind) {
            ("read", "contract") => "wgląd w kontrakt socjalny",
            ("read", _) => "wgląd w kartę osoby lub wydruk jej dokumentu",
            ("lookup", _) => "wyszukiwanie (osoba wśród wyników)",
            ("report-people", _) => "lista osób do sprawozdania",
            ("names", _) => "imię i nazwisko na liście",
            ("list", _) => "lista uczestników",
            ("export", _) => "eksport danych klubu",
            ("backup", _) => "kopia zapasowa danych",
            ("print", _) => "wydruk dokumentów prac społecznie użytecznych",
            _ => "wgląd w dane",
        },
    },
    names: NamesText {
        status: status_name,
        role: role_name,
        kind: kind_name,
        other_record: |code| {
            Some(match code {
                "hours" => "godziny PSU",
                "attendance" => "obecność",
                "settings" => "ustawienia",
                "refund" => "refundacja",
                "club" => "klub",
                "login" => "login",
                _ => return None,
            })
        },
        audit_action: |code| {
            Some(match code {
                "read" => "odczyt",
                "changed" => "zmiana",
                "deleted" => "usunięcie",
                "lookup" => "wyszukiwanie",
                "list" => "lista",
                "names" => "nazwiska",
                "print" => "wydruk",
                "export" => "eksport",
                "backup" => "kopia zapasowa",
                "report-people" => "osoby ze sprawozdania",
                _ => return None,
            })
        },
    },
    args: ArgsText {
        about: |path| {
            Some(match path {
                "" => "Recepcja Klubu Integracji Społecznej (KIS): bez polecenia otwiera okno programu",
                "serve" => "Udostępnij dane kilku pracownikom: przez gniazdo kis.sock w katalogu danych",
                "import" => "Zaimportuj plik w formacie wymiany (JSON Lines) do pustej bazy",
                "export" => "Wyeksportuj wszystkie dane w formacie wymiany",
                "check" => "Sprawdź, czy baza zgadza się z dziennikiem, a każdy indeks ze swoimi rekordami",
                "rebuild" => "Odbuduj bazę z dziennika",
                "lookup" => "Znajdź uczestników po nazwisku, numerze PESEL albo telefonie (polskie litery niekonieczne)",
                "demo" => "Wypełnij pustą bazę zmyślonym klubem demonstracyjnym",
                "due" => "Co jest do zrobienia: kończące się kontrakty, zaległe działania i cele, absolwenci, zaświadczenia",
                "print" => "Wydrukuj dokument: kontrakt socjalny albo zaświadczenie",
                "print contract" => "Kontrakt socjalny, po numerze (KS/12/2024) albo id",
                "print certificate" => "Zaświadczenie osoby, której udział się zakończył, po numerze PESEL albo id",
                "report" => "Sprawozdanie klubu za okres (rok, półrocze, dowolny zakres)",
                "activities" => "Zajęcia i specjaliści w okresie: spotkania, godziny, osoby według płci, koszt",
                "psu" => "Prace społecznie użyteczne (PSU)",
                "psu print" => "Wydruki za miesiąc: listy obecności według miejsc, lista wypłat, wniosek o refundację, nieusprawiedliwione nieobecności",
                "psu settle" => "Rozliczenie miesiąca: godziny, kwoty według stawki z każdego dnia, refundacja",
                "backup" => "Zapisz datowaną, spójną kopię zapasową (działa także przy otwartym kis albo kis serve)",
                "restore" => "Wypełnij pusty katalog danych z pliku kopii",
                "repair" => "Odłóż wpisy dziennika, których nie da się odczytać ani zastosować (do journal.set-aside.jsonl), i odbuduj bazę z dziennika",
                "anonymise" => "Dane osobowe po okresie przechowywania (ustawienie klubu, lata po zakończeniu): lista albo anonimizacja",
                "audit" => "Kto co czytał i zmieniał, i kiedy (administratorzy i koordynatorzy)",
                "person-export" => "Wszystko, co zapisano o osobie, na wniosek z art. 15 RODO (administratorzy)",
                "user" => "Konta pracowników (tylko administratorzy)",
                "user add" => "Dodaj konto pracownika dla loginu systemowego",
                "user list" => "Lista kont: login, rola, imię i nazwisko z podstawą zatrudnienia i godzinami tygodniowo",
                "user set" => "Zmień konto pracownika: imię i nazwisko, rolę, podstawę zatrudnienia, godziny tygodniowo (administratorzy)",
                "user role" => "Zmień rolę pracownika",
                "settings" => "Ustawienia klubu: pokaż je albo zmień (kis settings set KLUCZ WARTOŚĆ)",
                "settings set" => "Ustaw jedno pole ustawień: club_name, parent_name, parent_address, register_entry, min_months, graduate_months, max_months, graduate_rule (six_months albo finished_only), exclude_employed (tak/nie), extra_exclusions (kody świadczeń po przecinku), retention_years. Pusta WARTOŚĆ (albo null) czyści pole nieobowiązkowe",
                "category" => "Grupy uczestników: osiem ustawowych i własne grupy klubu",
                "category list" => "Wszystkie grupy: kod, nazwa, dane wrażliwe, wycofana, ustawowa albo własna",
                "category add" => "Dodaj własną grupę klubu (kod: a-z, 0-9 i _)",
                "category rename" => "Zmień nazwę własnej grupy klubu (ośmiu ustawowych się nie zmienia)",
                "category retire" => "Wycofaj grupę: nie jest już proponowana przy przyjęciu, zostaje przy osobach, które ją mają",
                "category restore" => "Przywróć wycofaną grupę",
                "category delete" => "Usuń grupę, której nikt nie ma (grupę w użyciu się wycofuje)",
                "bench" => "Zmierz import, wyszukiwanie, pamięć i rozmiar na wygenerowanych danych",
                _ => return None,
            })
        },
        arg: |path, id| {
            Some(match (path, id) {
                (_, "data") => "Katalog danych (baza, dziennik, blokada)",
                (_, "lang") => "Język komunikatów i ekranów: pl (domyślny) albo en",
                (_, "ascii") => "Zwykłe ramki ASCII, dla konsoli Linuksa i starych terminali (albo KIS_ASCII=1)",
                (_, "keymap") => "Układ klawiszy: default albo vim (plik ~/.config/kis/keymap.toml go uzupełnia)",
                (_, "as_user") => "Przez kis serve działaj jako pracownik o tym loginie (wolno tylko kontu, które uruchamia serwer, albo rootowi)",
                ("import", "file") => "Plik albo - dla wejścia standardowego",
                ("export", "file") => "Plik albo - dla wyjścia standardowego",
                ("lookup", "query") => "Nazwisko, imię, PESEL albo telefon (np. +48 600 100 200)",
                ("lookup", "limit") => "Pokaż najwyżej tyle osób (0: wszystkie)",
                ("due", "within") => "Patrz tyle dni naprzód",
                ("print", "format") | ("print contract", "format") | ("print certificate", "format") | ("psu print", "format") => {
                    "txt dla drukarki, html dla przeglądarki"
                }
                ("print contract", "id") => "Numer kontraktu (KS/12/2024) albo jego id",
                ("print certificate", "participant") => "PESEL albo id uczestnika",
                ("report" | "activities" | "audit", "from") => "Pierwszy dzień (RRRR-MM-DD albo DD.MM.RRRR)",
                ("report" | "activities" | "audit", "to") => "Ostatni dzień (RRRR-MM-DD albo DD.MM.RRRR)",
                ("report", "format") => "txt do czytania, csv dla Excela, xlsx (wymaga --output), json dla programów",
                ("report", "output") => "Zapisz do tego pliku zamiast na wyjście standardowe (xlsx wymaga pliku)",
                ("report", "compare") => "Obok tego okresu pokaż główne liczby tego samego okresu w N poprzednich latach",
                ("activities" | "psu settle", "format") => "txt do czytania, csv dla Excela, json dla programów",
                ("psu print" | "psu settle", "month") => "Miesiąc (RRRR-MM)",
                ("psu print", "agreement") => "Id porozumienia",
                ("backup", "to") => "Katalog kopii (domyślnie backups w katalogu danych)",
                ("backup", "keep") => "Zostaw tam tylko N najnowszych kopii",
                ("restore", "file") => "Plik kopii zapasowej",
                ("anonymise", "due") => "Tylko osoby, którym minął okres przechowywania (wymagane: innego trybu nie ma)",
                ("anonymise", "apply") => "Zanonimizuj je (administratorzy); bez tego tylko lista",
                ("anonymise", "yes") => "Nie pytaj o potwierdzenie (skrypty)",
                ("audit", "participant") => "Tylko wpisy o tym uczestniku (id)",
                ("audit", "user") => "Tylko wpisy tego loginu",
                ("person-export", "participant") => "Id uczestnika",
                ("person-export", "format") => "json dla programów, txt do czytania",
                ("user add" | "user set" | "user role", "login") => "Login systemowy pracownika",
                ("user add", "name") => "Imię i nazwisko",
                ("user set", "name") => "Nowe imię i nazwisko",
                ("user add" | "user set" | "user role", "role") => {
                    "Rola: admin (administrator), coordinator (koordynator), worker (pracownik) albo viewer (podgląd)"
                }
                ("user add", "basis") => "Podstawa zatrudnienia",
                ("user set", "basis") => "Podstawa zatrudnienia: employment_contract, civil_law, volunteer albo other; pusta wartość ją czyści",
                ("user add", "hours") => "Czas pracy w godzinach tygodniowo (np. 40 albo 20,5)",
                ("user set", "hours") => "Godziny tygodniowo (np. 40 albo 20,5); pusta wartość je czyści",
                ("settings set", "key") => "Pole ustawień, jak wyżej",
                ("settings set", "value") => "Nowa wartość; pusta (albo null) czyści pole nieobowiązkowe",
                ("settings set", "confirm") => "Krótszy okres przechowywania, po którym osoby podlegają anonimizacji: ich liczba, jak podaje odmowa",
                ("category add" | "category rename" | "category retire" | "category restore" | "category delete", "code") => "Kod grupy",
                ("category add", "name") => "Nazwa grupy",
                ("category rename", "name") => "Nowa nazwa grupy",
                ("category add", "sensitive") => "Dane szczególnej kategorii (zdrowie, uzależnienie, karalność)",
                ("bench", "participants") => "Liczba uczestników",
                ("bench", "hours") => "Liczba wpisów godzin",
                ("bench", "lookups") => "Liczba wyszukiwań",
                ("bench", "ui") => "Zmierz okno programu: bajty na klawisz przy 80×24, czas do pierwszego obrazu",
                ("bench", "serve") => "Zmierz kis serve: wyszukiwania, odczyty kart i małe zapisy na sekundę przez gniazdo",
                ("bench", "clients") => "Klientów naraz (z --serve)",
                (_, "format") => "txt do czytania, json dla programów",
                _ => return None,
            })
        },
        value_name: |path, id| {
            Some(match (path, id) {
                (_, "data") | ("backup", "to") => "KATALOG",
                (_, "lang") => "JĘZYK",
                (_, "keymap") => "UKŁAD",
                (_, "as_user" | "login" | "user") => "LOGIN",
                (_, "file" | "output") => "PLIK",
                (_, "query") => "ZAPYTANIE",
                ("user add" | "user set", "hours") => "GODZINY",
                (_, "limit" | "within" | "participants" | "hours" | "lookups" | "clients") => "LICZBA",
                (_, "from" | "to") => "DATA",
                (_, "month") => "MIESIĄC",
                (_, "agreement") => "POROZUMIENIE",
                (_, "participant") => "UCZESTNIK",
                ("print contract", "id") => "KONTRAKT",
                (_, "name") => "NAZWA",
                (_, "role") => "ROLA",
                (_, "basis") => "PODSTAWA",
                (_, "key") => "KLUCZ",
                (_, "value") => "WARTOŚĆ",
                (_, "code") => "KOD",
                (_, "reuse") => "KATALOG",
                _ => return None,
            })
        },
        usage: "Użycie",
        commands: "Polecenia",
        arguments: "Argumenty",
        options: "Opcje",
        options_tag: "[OPCJE]",
        command_tag: "POLECENIE",
        help_flag: "Pokaż pomoc",
        version_flag: "Pokaż wersję",
        help_command: "Pokaż ten opis albo pomoc podanego polecenia",
        help_command_arg: "Polecenie, którego pomoc pokazać",
        default: |v| format!("[domyślnie: {v}]"),
        values: |v| format!("[wartości: {v}]"),
        env: |v| format!("[zmienna środowiska: {v}]"),
        more: |command| format!("Więcej informacji: {command} --help"),
        error: "błąd",
        unknown_argument: |arg| format!("nieznany argument „{arg}”"),
        unknown_command: |cmd| format!("nieznane polecenie „{cmd}”"),
        did_you_mean: |x| format!("czy chodziło o „{x}”?"),
        invalid_value: |value, arg| format!("nieprawidłowa wartość „{value}” dla {arg}"),
        value_required: |arg| format!("{arg} wymaga wartości, a nie podano żadnej"),
        possible_values: |values| format!("możliwe wartości: {values}"),
        missing_arguments: "brak wymaganych argumentów:",
        missing_command: |cmd, subs| format!("„{cmd}” wymaga polecenia: {subs}"),
        unexpected_value: |value, arg| {
            format!("nieoczekiwana wartość „{value}” dla {arg}: więcej się nie podaje")
        },
        used_twice: |arg| format!("{arg} można podać tylko raz"),
        conflict: |arg, other| format!("{arg} nie może wystąpić razem z {other}"),
        bad_arguments: "nieprawidłowe argumenty polecenia",
        bad_role: |v| {
            format!("nieznana rola „{v}”: admin (administrator), coordinator (koordynator), worker (pracownik) albo viewer (podgląd)")
        },
        bad_date: |v| format!("„{v}” to nie data (RRRR-MM-DD albo DD.MM.RRRR)"),
        bad_month: |v| format!("„{v}” to nie miesiąc (RRRR-MM)"),
    },
};

/// "W roku 2021", "W I półroczu 2021 r.", "W okresie od … do …".
fn period_phrase(from: NaiveDate, to: NaiveDate) -> String {
    match period_kind(from, to) {
        PeriodKind::Year(y) => format!("W roku {y}"),
        PeriodKind::FirstHalf(y) => format!("W I półroczu {y} r."),
        PeriodKind::SecondHalf(y) => format!("W II półroczu {y} r."),
        PeriodKind::Range => format!("W okresie od {} do {}", dates::pl(from), dates::pl(to)),
    }
}

/// "44 osoby, w tym 27 kobiet i 17 mężczyzn"; "0 osób".
fn persons(c: &Count) -> String {
    persons_as(OSOBA, c)
}

/// `persons` with "osoba" in the case the sentence needs.
fn persons_as(osoba: Word, c: &Count) -> String {
    if c.total == 0 {
        return osoba.with(0);
    }
    format!("{}, {}", osoba.with(c.total as u64), sexes(c.women, c.men))
}

/// A line of a list: "0" when nobody.
fn persons_or_zero(c: &Count) -> String {
    if c.total == 0 {
        "0".into()
    } else {
        persons(c)
    }
}

/// "w tym 4 kobiety i 3 mężczyzn".
fn sexes(women: u32, men: u32) -> String {
    format!(
        "w tym {} i {}",
        KOBIETA.with(women as u64),
        MEZCZYZNA.with(men as u64)
    )
}

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

/// Days after a number: 1 dzień, 2 dni, 5 dni.
const DZIEN: Word = Word("dzień", "dni", "dni");

fn person_export_absence(a: crate::domain::psu::Absence) -> &'static str {
    use crate::domain::psu::Absence as A;
    match a {
        A::Sick => "choroba",
        A::Excused => "nieobecność usprawiedliwiona",
        A::Unexcused => "nieobecność nieusprawiedliwiona",
    }
}

/// A record's kind by its code, as the messages name it.
fn record(code: &str) -> &str {
    record_name(&CATALOG.names, code)
}

/// "dziennik zawiera zmiany do nr 34".
fn journal_up_to(seq: u64) -> String {
    match seq {
        0 => "dziennik jest pusty".into(),
        seq => format!("dziennik zawiera zmiany do nr {seq}"),
    }
}

/// "zmiany do nr 34", in brackets after what was done from the journal.
fn changes_up_to(seq: u64) -> String {
    match seq {
        0 => "dziennik jest pusty".into(),
        seq => format!("zmiany do nr {seq}"),
    }
}

const REKORD: Word = Word("rekord", "rekordy", "rekordów");

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Applicant => "kandydat",
        Status::Active => "aktywny",
        Status::Finished => "zakończony",
        Status::Interrupted => "przerwany",
        Status::Rejected => "odrzucony",
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Admin => "administrator",
        Role::Coordinator => "koordynator",
        Role::Worker => "pracownik",
        Role::Viewer => "podgląd",
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Staff => "konto pracownika",
        Kind::Category => "grupa",
        Kind::Participant => "uczestnik",
        Kind::Contract => "kontrakt",
        Kind::Agreement => "porozumienie PSU",
        Kind::Worksite => "miejsce PSU",
        Kind::Position => "stanowisko PSU",
        Kind::Assignment => "skierowanie do PSU",
        Kind::Specialist => "specjalista",
        Kind::Activity => "zajęcia",
        Kind::Session => "spotkanie",
        Kind::Note => "notatka",
        Kind::Job => "zatrudnienie",
        Kind::Route => "ścieżka aktywizacji",
    }
}
