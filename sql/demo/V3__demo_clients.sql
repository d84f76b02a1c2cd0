-- Demo mode only: clients of the demo programs, each with a pseudonym code.
INSERT INTO client (display_name, email, organization, pseudonym, created_at) VALUES
    ('Hannah Bergström', 'hannah.bergstrom@northwind.example', 'Northwind Logistics', 'C-0142', UTC_TIMESTAMP(6) - INTERVAL 95 DAY),
    ('Tomás Ruiz',        'tomas.ruiz@northwind.example',      'Northwind Logistics', 'C-2718', UTC_TIMESTAMP(6) - INTERVAL 90 DAY),
    ('Aisha Bello',       'aisha.bello@harbourhealth.example', 'Harbour Health Trust', 'C-3141', UTC_TIMESTAMP(6) - INTERVAL 80 DAY),
    ('Daniel Kowalski',   NULL,                                'Harbour Health Trust', 'C-5772', UTC_TIMESTAMP(6) - INTERVAL 75 DAY),
    ('Mei Lin Tan',       'meilin.tan@brightpath.example',     'Brightpath Schools',   'C-1618', UTC_TIMESTAMP(6) - INTERVAL 60 DAY),
    ('Oluwaseun Adeyemi', 'seun.adeyemi@brightpath.example',   'Brightpath Schools',   'C-4669', UTC_TIMESTAMP(6) - INTERVAL 45 DAY),
    ('Clara Jensen',      'clara.jensen@northwind.example',    'Northwind Logistics', 'C-8128', UTC_TIMESTAMP(6) - INTERVAL 30 DAY),
    ('Rafael Moreau',     NULL,                                'City of Lakemoor',     'C-6931', UTC_TIMESTAMP(6) - INTERVAL 14 DAY),
    ('Ingrid Solheim',    'ingrid.solheim@lakemoor.example',   'City of Lakemoor',     'C-0577', UTC_TIMESTAMP(6) - INTERVAL 7 DAY);
